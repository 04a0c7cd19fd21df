import { Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldChange, FieldDef, HistoryEntry, TableRow } from '../../../src-main/contract';
import { useLocale } from '../../i18n/useLocale';
import { rowName, tableDiff } from '../values/tableDiff';
import { rowText, valueText, type TextLookups } from '../values/valueText';

/** "before → after", the old value struck through; an emptied value reads as a dash. */
function BeforeAfter({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation();
  return (
    <>
      {before ? (
        <Text span c="dimmed" td="line-through">
          {before}
        </Text>
      ) : null}
      {before ? ' → ' : null}
      {after || (
        <Text span c="dimmed">
          {t('value.empty')}
        </Text>
      )}
    </>
  );
}

interface Props {
  field: FieldDef;
  change: FieldChange;
  op: HistoryEntry['op'];
  lookups: TextLookups;
}

/** One field of a history entry: its new value, a table's changed rows, or (for a reveal) only its name. */
export function ChangeLine({ field, change, op, lookups }: Props) {
  const { t } = useTranslation();
  const { l, locale } = useLocale();
  const label = (
    <Text span fw={500}>
      {l(field.label)}
    </Text>
  );
  if (op === 'reveal')
    return (
      <Text size="sm" mt={4}>
        {label}
      </Text>
    );
  if (field.type !== 'table') {
    return (
      <Text size="sm" mt={4} style={{ wordBreak: 'break-word' }}>
        {label}
        {t('history.separator')}
        <BeforeAfter before={valueText(field, change.before, lookups)} after={valueText(field, change.after, lookups)} />
      </Text>
    );
  }
  // A new record's checklist is the template's items, all pending: their names say enough.
  if (op === 'create' && Array.isArray(change.after) && change.after.length > 3) {
    const names = (change.after as TableRow[]).map((row) => rowName(field, row, locale, lookups) || rowText(field, row, lookups));
    return (
      <Text size="sm" mt={4} style={{ wordBreak: 'break-word' }}>
        {label}
        {t('history.separator')}
        {t('history.rows', { count: names.length })}
        <Text span c="dimmed">
          {locale === 'zh' ? `（${names.join(lookups.separator)}）` : ` (${names.join(lookups.separator)})`}
        </Text>
      </Text>
    );
  }
  return (
    <Stack gap={2} mt={4}>
      <Text size="sm">{label}</Text>
      {tableDiff(field, change.before, change.after).map((diff, i) => (
        <Text key={i} size="sm" pl="sm" style={{ wordBreak: 'break-word' }}>
          {diff.kind === 'added' ? (
            <>
              <Text span c="green">
                +{' '}
              </Text>
              {rowText(field, diff.row, lookups)}
            </>
          ) : null}
          {diff.kind === 'removed' ? (
            <Text span c="dimmed" td="line-through">
              {rowText(field, diff.row, lookups)}
            </Text>
          ) : null}
          {diff.kind === 'changed' ? (
            <>
              <Text span fw={500}>
                {rowName(field, diff.row, locale, lookups)}
              </Text>
              {t('history.separator')}
              {diff.cells.map((cell, j) => (
                <Fragment key={cell.column.key}>
                  {j > 0 ? t('history.cellSeparator') : null}
                  {l(cell.column.label)}{' '}
                  <BeforeAfter before={valueText(cell.column, cell.before, lookups)} after={valueText(cell.column, cell.after, lookups)} />
                </Fragment>
              ))}
            </>
          ) : null}
        </Text>
      ))}
    </Stack>
  );
}
