import type { ListQuery } from '../../contract';
import { rowCells, type SheetCell } from '../../core/xlsx/cells';
import { sheetColumns } from '../../core/xlsx/columns';
import { headerRows, sheetName, type SheetSpec } from '../../core/xlsx/sheet';
import { registerOf, type ServiceContext } from '../context';
import { listRecords } from '../recordQueries';
import { titleLookup } from '../searchIndex';
import { workbookBytes } from './workbook';

/** `ids`: only the records chosen in the list (its bulk export). */
export type ExportQuery = Pick<ListQuery, 'register' | 'search' | 'filters' | 'sort' | 'ids'>;

/** Records per page read from the list query: its largest page. */
const pageSize = 500;

/**
 * A register's records as the list shows them (the same search, filters and order, masked fields masked) in one
 * .xlsx sheet: every field a column, the two header rows frozen. The records are read a page at a time as the
 * sheet is written, so a large register is never all in memory.
 */
export const exportRegister = (ctx: ServiceContext, query: ExportQuery): Buffer => workbookBytes([registerSheet(ctx, query)]);

/** The sheet exportRegister writes, for a workbook of one register or of all of them (waiban export-all). */
export function registerSheet(ctx: ServiceContext, query: ExportQuery): SheetSpec {
  const def = registerOf(query.register);
  const columns = sheetColumns(def, 'export');
  const titleOf = titleLookup(ctx, new Map());
  function* rows(): Generator<(SheetCell | null)[]> {
    yield* headerRows(columns);
    let after: string | undefined;
    do {
      const page = listRecords(ctx, { ...query, limit: pageSize, ...(after ? { after } : {}) });
      for (const record of page.rows) yield rowCells(columns, record, titleOf);
      after = page.next;
    } while (after);
  }
  return { name: sheetName(def.label.zh), rows: rows(), widths: columns.map((c) => c.width), headerRows: 2 };
}
