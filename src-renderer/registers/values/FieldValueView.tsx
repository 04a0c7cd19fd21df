import { Anchor, Group, Text } from '@mantine/core';
import type { FieldDef, FieldValue, TableRow } from '../../../src-main/contract';
import { routeHref } from '../../app/useHashRoute';
import { formatBytes, shortHash } from '../../util/format';
import { EnumBadge } from './EnumBadge';
import { FileOpenButton } from './FileOpenButton';
import { TableView } from './TableView';
import { useTextLookups } from './useTextLookups';
import { currencyOf, isEmpty, isFileRef, valueText } from './valueText';

interface Props {
  field: FieldDef;
  value: FieldValue | undefined;
  /** Title of the referenced record, for ref fields. */
  refTitle?: string;
  /** For table fields: names of the records its rows refer to, by id. */
  rowRefTitles?: Record<string, string>;
  /** The record or row the value belongs to (a money field's currency is there). */
  siblings?: Record<string, FieldValue | undefined>;
}

/** One value in the detail view: badges for options, links for references, web addresses and documents. */
export function FieldValueView({ field, value, refTitle, rowRefTitles, siblings }: Props) {
  const lookups = useTextLookups();
  if (isEmpty(value))
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  if (isFileRef(value)) {
    return (
      <Group gap="xs" wrap="nowrap">
        <Text size="sm" truncate="end" title={value.name}>
          {value.name}
        </Text>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {formatBytes(value.size)} · SHA-256 {shortHash(value.sha256)}
        </Text>
        <FileOpenButton file={value} />
      </Group>
    );
  }
  switch (field.type) {
    case 'enum':
      return <EnumBadge field={field} value={String(value)} />;
    case 'enumList':
      return (
        <Group gap={4}>
          {(value as string[]).map((v) => (
            <EnumBadge key={v} field={field} value={v} />
          ))}
        </Group>
      );
    case 'table':
      return <TableView field={field} rows={value as TableRow[]} rowRefTitles={rowRefTitles} />;
    case 'ref':
      return (
        <Anchor size="sm" href={routeHref({ page: 'register', register: field.ref ?? '', id: String(value) })}>
          {refTitle ?? String(value)}
        </Anchor>
      );
    case 'url':
      return (
        <Anchor size="sm" href={String(value)} target="_blank" rel="noreferrer noopener" style={{ wordBreak: 'break-all' }}>
          {String(value)}
        </Anchor>
      );
    case 'email':
      return (
        <Anchor size="sm" href={`mailto:${String(value)}`}>
          {String(value)}
        </Anchor>
      );
    case 'money':
      // The currency is named when the record chooses it; otherwise the label says "(元)".
      return (
        <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          {valueText(field, value, lookups, siblings)}
          {field.currencyField ? (
            <Text span size="xs" c="dimmed" ml={6}>
              {currencyOf(field, siblings)}
            </Text>
          ) : null}
        </Text>
      );
    case 'longText':
      return (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
          {String(value)}
        </Text>
      );
    default:
      return (
        <Text size="sm" style={{ wordBreak: 'break-word' }}>
          {valueText(field, value, lookups, siblings)}
        </Text>
      );
  }
}
