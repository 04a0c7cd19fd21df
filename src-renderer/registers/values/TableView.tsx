import { Table } from '@mantine/core';
import type { FieldDef, TableRow } from '../../../src-main/contract';
import { useLocale } from '../../i18n/useLocale';
import { alignsRight } from '../list/columns';
import { FieldValueView } from './FieldValueView';

interface Props {
  field: FieldDef;
  rows: TableRow[];
  /** Names of the records the rows refer to, by id (RecordDto.rowRefTitles). */
  rowRefTitles?: Record<string, string>;
  /** Columns to leave out (a page that shows them elsewhere). */
  hide?: string[];
}

/** Free text wraps; dates, numbers, choices and names keep to one line (the table scrolls sideways instead). */
const wraps = (c: FieldDef) => c.type === 'text' || c.type === 'longText' || c.type === 'file';

/** A table field read-only: a compact table whose cells read as the detail view's values do. */
export function TableView({ field, rows, rowRefTitles, hide = [] }: Props) {
  const { l } = useLocale();
  const columns = (field.columns ?? []).filter((c) => !hide.includes(c.key));
  return (
    <Table.ScrollContainer minWidth={columns.length * 110} type="native">
      <Table striped withTableBorder verticalSpacing={6} horizontalSpacing="sm" fz="sm" data-testid={`table-view-${field.key}`}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.key} fw={500} c="dimmed" ta={alignsRight(c) ? 'right' : undefined} style={{ whiteSpace: 'nowrap' }}>
                {l(c.label)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, i) => (
            <Table.Tr key={i}>
              {columns.map((c) => {
                const v = row[c.key];
                return (
                  <Table.Td
                    key={c.key}
                    ta={alignsRight(c) ? 'right' : undefined}
                    style={wraps(c) ? { wordBreak: 'break-word' } : { whiteSpace: 'nowrap' }}
                  >
                    <FieldValueView
                      field={c}
                      value={v}
                      refTitle={c.type === 'ref' && typeof v === 'string' ? rowRefTitles?.[v] : undefined}
                      siblings={row}
                    />
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
