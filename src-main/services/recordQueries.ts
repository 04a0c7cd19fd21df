import {
  AppError,
  type RegisterDef,
  type FieldChange,
  type FieldValue,
  type GetRecordInput,
  type HistoryEntry,
  type ListPage,
  type ListQuery,
  type RecordDto,
  type RecordRef,
} from '../contract';
import { maskValues } from '../core/mask';
import { ownerDepartment } from '../core/registers';
import type { Change } from '../db/changeLog';
import { buildListQuery, decodeCursor, encodeCursor } from '../db/listQuery';
import type { StoredRow } from '../db/registerStore';
import { localDate } from '../ports/clock';
import { registerOf, storeOf, type ServiceContext } from './context';
import { stepsWithRuleBlockers } from './stepFindings';
import { toRecordDto } from './recordDto';
import { logReveal, revealHistory } from './reveal';
import { ensureFindingsCurrent } from './findingsRefresh';
import { findingSummaries, isRuleSubject, storedFindings } from './ruleChecks';
import { titleLookup } from './searchIndex';
import { prepared } from '../db/preparedCache';
import { sameValue } from '../core/sameValue';
import { contextRecord } from './contextRecords/held';

export const notFound = (register: string, id: string) =>
  new AppError('NOT_FOUND', { zh: `找不到记录（${register} ${id}）`, en: `No such record (${register} ${id})` });

export function listRecords(ctx: ServiceContext, query: ListQuery): ListPage {
  const def = registerOf(query.register);
  const store = storeOf(ctx, def.name);
  const limit = query.limit ?? 100;
  const today = localDate(ctx.clock.now());
  const built = buildListQuery({
    def,
    search: query.search,
    filters: query.filters ?? {},
    sort: query.sort ?? def.defaultSort,
    after: query.after ? decodeCursor(query.after) : undefined,
    limit,
    deleted: query.onlyDeleted ? 'only' : query.includeDeleted ? 'all' : 'live',
    today,
    ids: query.ids,
  });
  const rows = prepared(ctx.sqlite, built.pageSql).all(...built.pageParams) as (StoredRow & { _rowid: number })[];
  const total = (prepared(ctx.sqlite, built.countSql).get(...built.countParams) as { n: number }).n;
  const page = rows.slice(0, limit);
  const lookup = titleLookup(ctx, new Map());
  const last = page[page.length - 1];
  if (isRuleSubject(def.name)) ensureFindingsCurrent(ctx);
  const findings = findingSummaries(
    ctx,
    def.name,
    page.map((row) => String(row.id)),
  );
  return {
    rows: page.map((row) => {
      const dto = toRecordDto(def, row, store.values(row), lookup, today);
      const summary = findings.get(dto.id);
      return summary ? { ...dto, ruleFindingSummary: summary } : dto;
    }),
    ...(rows.length > limit && last ? { next: encodeCursor(last[built.sortColumn] ?? null, last._rowid) } : {}),
    total,
  };
}

/** One record as its page shows it; revealing masked fields is logged in its history. */
export function getRecord(ctx: ServiceContext, input: GetRecordInput): RecordDto {
  const def = registerOf(input.register);
  const store = storeOf(ctx, def.name);
  const row = store.get(input.id);
  if (!row) return contextRecordDto(ctx, def, input.id);
  const values = store.values(row);
  const dto = toRecordDto(def, row, values, titleLookup(ctx), localDate(ctx.clock.now()), {
    detail: true,
    reveal: input.reveal,
    role: ctx.self.role,
  });
  const revealed = input.reveal ? def.fields.filter((f) => f.masked && typeof values[f.key] === 'string').map((f) => f.key) : [];
  if (revealed.length) logReveal(ctx, { register: def.name, id: input.id }, revealed);
  if (!isRuleSubject(def.name)) return dto;
  ensureFindingsCurrent(ctx);
  return { ...stepsWithRuleBlockers(ctx, def, values, dto), ruleFindings: storedFindings(ctx, def.name, input.id) };
}

/** A record held only as context, as its page shows it: read-only, with its owner, and only the fields that travelled. */
function contextRecordDto(ctx: ServiceContext, def: RegisterDef, id: string): RecordDto {
  const held = contextRecord(ctx, id);
  if (!held || held.register !== def.name) throw notFound(def.name, id);
  const values = Object.fromEntries(def.fields.filter((f) => f.key in held.values).map((f) => [f.key, held.values[f.key] ?? null]));
  const title = titleLookup(ctx);
  const refTitles = Object.fromEntries(
    def.fields
      .filter((f) => f.type === 'ref' && f.ref && typeof values[f.key] === 'string')
      .map((f) => [f.key, title(f.ref!, String(values[f.key])) ?? '']),
  );
  const masked = def.fields.filter((f) => f.masked && typeof values[f.key] === 'string').map((f) => f.key);
  return {
    id,
    department: held.owner,
    values,
    ...(Object.keys(refTitles).length ? { refTitles } : {}),
    ...(masked.length ? { masked } : {}),
    meta: { createdAt: '', createdBy: '', updatedAt: '', updatedBy: '', version: '', head: '', deleted: false, conflict: false },
    context: { owner: held.owner },
  };
}

/** Choices for a reference field: live records by title, optionally narrowed by a search or a list of ids. */
export function recordOptions(ctx: ServiceContext, input: { register: string; search?: string; ids?: string[] }) {
  const def = registerOf(input.register);
  const store = storeOf(ctx, def.name);
  if (input.ids) {
    return input.ids.flatMap((id) => {
      const row = store.get(id);
      if (row) return [{ id, title: String(row[def.titleField] ?? ''), department: ownerDepartment(def, store.values(row)) ?? '' }];
      const held = contextRecord(ctx, id);
      return held?.register === def.name ? [{ id, title: held.title, department: held.owner }] : [];
    });
  }
  const sortField = def.sortable.includes(def.titleField) ? def.titleField : def.defaultSort.field;
  const page = listRecords(ctx, { register: def.name, search: input.search, sort: { field: sortField, direction: 'asc' }, limit: 200 });
  return page.rows.map((r) => ({ id: r.id, title: String(r.values[def.titleField] ?? ''), department: r.department }));
}

/** Every change of a record, oldest first, with the fields each one changed against the version it edited. */
export function recordHistory(ctx: ServiceContext, ref: RecordRef): HistoryEntry[] {
  const def = registerOf(ref.register);
  if (!storeOf(ctx, def.name).get(ref.id)) throw notFound(def.name, ref.id);
  const changes = ctx.changes.forRecord(ref.id);
  const byId = new Map(changes.map((c) => [c.id, c]));
  const names = new Map(
    (ctx.sqlite.prepare('SELECT "id", "name" FROM "installation"').all() as { id: string; name: string }[]).map((r) => [r.id, r.name]),
  );
  // The values a change saw: its first parent's image, looking through tombstones to the last put.
  const imageOf = (c: Change | undefined): Record<string, FieldValue> | null => {
    for (let cur = c; cur; cur = byId.get(cur.parents[0] ?? '')) if (cur.data) return cur.data;
    return null;
  };
  const edits = changes.map((c): HistoryEntry => {
    const parent = byId.get(c.parents[0] ?? '');
    const before = imageOf(parent) ?? {};
    const after = c.data;
    // Compared in full, shown masked: a changed passport number is in the history, not the number itself.
    const shownBefore = maskValues(def, before);
    const shownAfter = after ? maskValues(def, after) : {};
    const op: HistoryEntry['op'] = c.op === 'delete' ? 'delete' : !parent ? 'create' : parent.op === 'delete' ? 'restore' : 'put';
    const fieldChanges: FieldChange[] =
      c.op === 'delete'
        ? []
        : def.fields
            .filter((f) => !sameValue(before[f.key], after?.[f.key]))
            .map((f) => ({ field: f.key, before: shownBefore[f.key] ?? null, after: shownAfter[f.key] ?? null }));
    return {
      changeId: c.id,
      op,
      at: new Date(Number(c.hlc.slice(0, 15))).toISOString(),
      author: c.author,
      authorName: names.get(c.author) ?? c.author,
      department: c.department,
      hlc: c.hlc,
      changes: fieldChanges,
    };
  });
  return [...edits, ...revealHistory(ctx, ref.id, names)].sort((a, b) => a.at.localeCompare(b.at));
}
