import { Button, DataList, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FieldDef, RecordDto, RegisterDef } from '../../../src-main/contract';
import { useLocale } from '../../i18n/useLocale';
import { FieldValueView } from '../values/FieldValueView';

interface Props {
  def: RegisterDef;
  record: RecordDto;
  /** The fields to show, in order; all of the register's by default. */
  fields?: FieldDef[];
  /** Shows masked fields in full (logged); offered beside each field still masked. */
  onReveal?: () => void;
  revealing?: boolean;
}

/** A record's values: one line per field, then each table field at full width under its name. */
export function RecordFieldList({ def, record, fields = def.fields, onReveal, revealing }: Props) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const lines = fields.filter((f) => f.type !== 'table');
  const tables = fields.filter((f) => f.type === 'table');
  return (
    <Stack gap="lg">
      <DataList labelWidth={170} gap="sm" withDivider>
        {lines.map((field) => (
          <DataList.Item key={field.key} data-testid={`detail-${field.key}`}>
            <DataList.ItemLabel c="dimmed">{l(field.label)}</DataList.ItemLabel>
            <DataList.ItemValue miw={0}>
              <Group gap="sm" wrap="nowrap">
                <FieldValueView
                  field={field}
                  value={record.values[field.key]}
                  refTitle={record.refTitles?.[field.key]}
                  siblings={record.values}
                />
                {onReveal && record.masked?.includes(field.key) ? (
                  <Tooltip label={t('detail.revealHint')} multiline maw={280}>
                    <Button
                      size="compact-xs"
                      variant="light"
                      color="orange"
                      leftSection={<IconEye size={14} />}
                      loading={revealing}
                      onClick={onReveal}
                      data-testid={`reveal-${field.key}`}
                    >
                      {t('detail.reveal')}
                    </Button>
                  </Tooltip>
                ) : null}
              </Group>
            </DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
      {tables.map((field) => (
        <Stack key={field.key} gap={6} data-testid={`detail-${field.key}`}>
          <Text size="sm" c="dimmed">
            {l(field.label)}
          </Text>
          <FieldValueView field={field} value={record.values[field.key]} rowRefTitles={record.rowRefTitles} />
        </Stack>
      ))}
    </Stack>
  );
}
