import { Group } from '@mantine/core';
import type { FieldDef, RecordDto, RegisterDef } from '../../../src-main/contract';
import { EnumBadge } from '../values/EnumBadge';
import { ExpiryBadge } from '../values/ExpiryBadge';
import { RuleFindingBadge } from '../values/RuleFindingBadge';
import { TruncatedText } from '../values/TruncatedText';
import { isEmpty, valueText, type TextLookups } from '../values/valueText';
import { alignsRight } from './columns';

interface Props {
  def: RegisterDef;
  field: FieldDef;
  row: RecordDto;
  lookups: TextLookups;
}

/** One cell of the list: option badges, referenced titles, department names, the expiry reminder, the rule findings by the title. */
export function ListCell({ def, field, row, lookups }: Props) {
  const value = row.values[field.key];
  if (field.type === 'enum' && !isEmpty(value)) return <EnumBadge field={field} value={String(value)} />;

  const isTitle = field.key === def.titleField;
  // The reminder sits by the expiry date, or by the title when the list does not show that date.
  const expiryHere = field.key === def.expiryField || (isTitle && !def.listColumns.includes(def.expiryField ?? ''));
  const text =
    field.type === 'ref' ? (row.refTitles?.[field.key] ?? (isEmpty(value) ? '' : String(value))) : valueText(field, value, lookups, row.values);
  return (
    <Group gap={6} wrap="nowrap" miw={0} justify={alignsRight(field) ? 'flex-end' : undefined}>
      {/* A date never shrinks; a reminder badge beside it gives way first. */}
      <TruncatedText fw={isTitle ? 500 : undefined} c={text ? undefined : 'dimmed'} ff={field.type === 'money' ? 'monospace' : undefined}
        style={field.type === 'date' || field.type === 'money' ? { flexShrink: 0 } : undefined}>
        {text || '—'}
      </TruncatedText>
      {expiryHere && row.expiry ? <ExpiryBadge def={def} expiry={row.expiry} /> : null}
      {isTitle ? <RuleFindingBadge row={row} /> : null}
    </Group>
  );
}
