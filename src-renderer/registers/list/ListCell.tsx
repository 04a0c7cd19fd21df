import { Group } from '@mantine/core';
import type { FieldDef, RecordDto, RegisterDef } from '../../../src-main/contract';
import { EnumBadge } from '../values/EnumBadge';
import { ExpiryBadge } from '../values/ExpiryBadge';
import { RuleFindingBadge } from '../values/RuleFindingBadge';
import { TruncatedText } from '../values/TruncatedText';
import { isEmpty, type TextLookups } from '../values/valueText';
import { cellText, showsExpiry } from './cellText';
import { alignsRight } from './columns';

interface Props {
  def: RegisterDef;
  field: FieldDef;
  /** The keys of the columns shown. */
  columns: string[];
  row: RecordDto;
  lookups: TextLookups;
}

/** One cell of the list: option badges, referenced titles, department names, the expiry reminder, the rule findings by the title. */
export function ListCell({ def, field, columns, row, lookups }: Props) {
  const value = row.values[field.key];
  if (field.type === 'enum' && !isEmpty(value)) return <EnumBadge field={field} value={String(value)} />;

  const isTitle = field.key === def.titleField;
  const text = cellText(field, row, lookups);
  return (
    <Group gap={6} wrap="nowrap" miw={0} justify={alignsRight(field) ? 'flex-end' : undefined}>
      {/* A date never shrinks; a reminder badge beside it gives way first. */}
      <TruncatedText
        fw={isTitle ? 500 : undefined}
        c={text ? undefined : 'dimmed'}
        ff={field.type === 'money' ? 'monospace' : undefined}
        style={field.type === 'date' || field.type === 'money' ? { flexShrink: 0 } : undefined}
      >
        {text || '—'}
      </TruncatedText>
      {showsExpiry(def, field, columns) && row.expiry ? <ExpiryBadge def={def} expiry={row.expiry} /> : null}
      {isTitle ? <RuleFindingBadge row={row} /> : null}
    </Group>
  );
}
