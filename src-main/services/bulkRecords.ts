import { AppError, maxBulkRecords, type BulkActionInput, type BulkReport, type OnProgress, type RegisterDef } from '../contract';
import { buildListQuery, encodeCursor, decodeCursor } from '../db/listQuery';
import { prepared } from '../db/preparedCache';
import { localDate } from '../ports/clock';
import type { ChangeWriter } from './changeWriter';
import { registerOf, storeOf, type ServiceContext } from './context';
import { assertMayWrite } from './permissions';
import { deleteRecord, saveRecord } from './recordCommands';

const pageSize = 500;

/** The ids of every live record the list's search and filters match, in the register's default order. */
function matchingIds(ctx: ServiceContext, def: RegisterDef, matching: NonNullable<BulkActionInput['matching']>): string[] {
  const ids: string[] = [];
  let after: string | undefined;
  do {
    const built = buildListQuery({
      def,
      search: matching.search,
      filters: matching.filters ?? {},
      sort: def.defaultSort,
      after: after ? decodeCursor(after) : undefined,
      limit: pageSize,
      deleted: 'live',
      today: localDate(ctx.clock.now()),
      ids: matching.ids,
    });
    const rows = prepared(ctx.sqlite, built.pageSql).all(...built.pageParams) as {
      id: string;
      _rowid: number;
      [column: string]: unknown;
    }[];
    for (const row of rows.slice(0, pageSize)) ids.push(row.id);
    const last = rows[pageSize - 1];
    after = rows.length > pageSize && last ? encodeCursor(last[built.sortColumn] ?? null, last._rowid) : undefined;
    if (ids.length > maxBulkRecords) throw tooMany();
  } while (after);
  return ids;
}

const tooMany = () =>
  new AppError('VALIDATION', {
    zh: `一次最多处理 ${maxBulkRecords} 条记录，请先用筛选缩小范围`,
    en: `At most ${maxBulkRecords} records at a time; narrow the list with filters first`,
  });

const noDepartmentField = (def: RegisterDef) =>
  new AppError('VALIDATION', {
    zh: `“${def.label.zh}”的记录不属于某个部门，不能改派部门`,
    en: `Records of ${def.label.en} belong to no department; there is none to assign`,
  });

const officeOnly = () =>
  new AppError('FORBIDDEN', { zh: '只有外事办能批量改派部门', en: 'Only the office assigns records to another department' });

/**
 * Deletes many records, or moves them to another department, one change per record through the one gate, as the
 * single delete or a form's save would: each record is done or refused on its own (in use elsewhere, another
 * department's, in conflict...), and the report names every refusal with its reason.
 */
export function bulkAction(ctx: ServiceContext, writer: ChangeWriter, input: BulkActionInput, progress?: OnProgress): BulkReport {
  const def = registerOf(input.register);
  assertMayWrite(ctx.self, def, []);
  const { action } = input;
  const ownerField = 'field' in def.ownership ? def.ownership.field : undefined;
  if (action.kind === 'assignDepartment') {
    if (ctx.self.role !== 'office') throw officeOnly();
    if (!ownerField) throw noDepartmentField(def);
  }
  const ids = input.ids ?? matchingIds(ctx, def, input.matching!);
  const store = storeOf(ctx, def.name);
  const report: BulkReport = { total: ids.length, done: [], unchanged: [], refused: [] };
  ids.forEach((id, i) => {
    const row = store.get(id);
    const title = String(row?.[def.titleField] ?? '');
    try {
      if (!row) throw new AppError('NOT_FOUND', { zh: '找不到该记录', en: 'No such record' });
      if (action.kind === 'delete') {
        if (row.deleted) report.unchanged.push(id);
        else {
          deleteRecord(ctx, writer, { register: def.name, id });
          report.done.push(id);
        }
      } else if (store.values(row)[ownerField!] === action.department) {
        report.unchanged.push(id);
      } else {
        saveRecord(ctx, writer, { register: def.name, id, baseHead: row.head, values: { [ownerField!]: action.department } });
        report.done.push(id);
      }
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      report.refused.push({ id, title, message: err.localized });
    }
    if ((i + 1) % 20 === 0 || i + 1 === ids.length) progress?.({ stage: 'write', done: i + 1, total: ids.length });
  });
  return report;
}
