import { Badge, Group, ScrollArea, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ColumnValues } from '../../../src-main/contract';
import { useLocale } from '../../i18n/useLocale';

interface Props {
  columns: ColumnValues[];
  /** A value read as an option (null: not mapped, refused as before); the preview is checked again. */
  onMapValue: (column: string, text: string, option: string | null) => void;
  remapping?: boolean;
}

/**
 * The wizard's value step: per choice column, each value that names no option (or that the person mapped), with the
 * column's options to read it as. The choice travels with the preview and the write.
 */
export function ValueMappingView({ columns, onMapValue, remapping }: Props) {
  const { t } = useTranslation();
  const { l } = useLocale();
  return (
    <Stack gap={4} data-testid="xlsx-values">
      <Title order={6}>{t('xlsx.valueMapping')}</Title>
      <Text size="xs" c="dimmed">
        {t('xlsx.valueMappingHint')}
      </Text>
      <ScrollArea.Autosize mah={260}>
        <Table withTableBorder fz="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('xlsx.columnHeader')}</Table.Th>
              <Table.Th>{t('xlsx.sheetValue')}</Table.Th>
              <Table.Th>{t('xlsx.readAs')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {columns.flatMap((c) =>
              c.values.map((v) => (
                <Table.Tr key={`${c.column}:${v.text}`} data-column={c.column} data-value={v.text}>
                  <Table.Td>
                    {c.column} {c.header}
                    {c.header === l(c.label) ? null : (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        → {l(c.label)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ wordBreak: 'break-all' }}>
                    <Group gap={6} wrap="nowrap">
                      <span>{v.text}</span>
                      {v.option ? null : (
                        <Badge size="xs" color="red" variant="light">
                          {t('xlsx.noOption')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td py={2} miw={200}>
                    <Select
                      size="xs"
                      searchable
                      clearable
                      disabled={remapping}
                      placeholder={t('xlsx.chooseOption')}
                      data={c.options.map((o) => ({ value: o.value, label: l(o.label) }))}
                      value={v.option ?? null}
                      comboboxProps={{ withinPortal: true }}
                      aria-label={`${c.column} ${v.text}`}
                      data-testid={`xlsx-value-${c.column}-${v.text}`}
                      onChange={(option) => option !== (v.option ?? null) && onMapValue(c.column, v.text, option)}
                    />
                  </Table.Td>
                </Table.Tr>
              )),
            )}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}
