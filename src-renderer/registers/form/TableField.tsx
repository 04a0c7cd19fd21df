import { ActionIcon, Box, Button, Group, Input, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Fragment, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDef, TableRow } from '../../../src-main/contract';
import { useLocale } from '../../i18n/useLocale';
import { FieldInput } from './FieldInput';
import { newRow, type FormValues } from './formValues';
import { cellTrack } from './tableTracks';

interface Props {
  field: FieldDef;
  form: UseFormReturnType<FormValues>;
  label: string;
  description?: string;
}

/**
 * A table field: one row of column inputs per row, with add and remove. Each cell is the ordinary input
 * for its column, bound to the path "legs.1.leave", so the backend's issues on that path land in the cell;
 * issues on a whole row ("legs.1") or on the table ("members") show beneath it.
 */
export function TableField({ field, form, label, description }: Props) {
  const { t } = useTranslation();
  const { l, locale } = useLocale();
  const columns = field.columns ?? [];
  const rows = (form.getValues()[field.key] as TableRow[] | null) ?? [];
  // Rows have no ids; stable keys keep a removed row's neighbours (and their open pickers) in place.
  const nextKey = useRef(rows.length);
  const [keys, setKeys] = useState(() => rows.map((_, i) => i));
  const keyOf = (i: number) => (keys.length === rows.length ? keys[i]! : i);

  const add = () => {
    form.insertListItem(field.key, newRow(columns));
    setKeys((k) => [...k, nextKey.current++]);
  };
  const remove = (index: number) => {
    form.removeListItem(field.key, index);
    setKeys((k) => k.filter((_, i) => i !== index));
  };
  const tableError = form.errors[field.key];
  const template = [...columns.map((c) => cellTrack(c, locale)), '32px'].join(' ');

  return (
    <Input.Wrapper
      label={label}
      description={description}
      withAsterisk={Boolean(field.required)}
      error={tableError}
      data-testid={`table-${field.key}`}
    >
      <Box mt={6} style={{ overflowX: 'auto' }}>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed" py={4}>
            {t('form.tableEmpty')}
          </Text>
        ) : (
          <Box style={{ display: 'grid', gridTemplateColumns: template, gap: 8, alignItems: 'start' }}>
            {columns.map((c) => (
              <Input.Label key={c.key} size="xs" required={Boolean(c.required)} c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {l(c.label)}
              </Input.Label>
            ))}
            <span />
            {rows.map((_, i) => {
              const rowError = form.errors[`${field.key}.${i}`];
              return (
                <Fragment key={keyOf(i)}>
                  {columns.map((c) => (
                    <FieldInput key={c.key} field={{ ...c, key: `${field.key}.${i}.${c.key}` }} form={form} bare />
                  ))}
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    mt={4}
                    onClick={() => remove(i)}
                    aria-label={t('form.removeRow', { n: i + 1 })}
                    title={t('form.removeRow', { n: i + 1 })}
                    data-testid={`remove-row-${field.key}-${i}`}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                  {rowError ? (
                    <Text size="xs" c="red" style={{ gridColumn: '1 / -1' }}>
                      {rowError}
                    </Text>
                  ) : null}
                </Fragment>
              );
            })}
          </Box>
        )}
      </Box>
      <Group mt={8} mb={4}>
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={add} data-testid={`add-row-${field.key}`}>
          {t('form.addRow')}
        </Button>
      </Group>
    </Input.Wrapper>
  );
}
