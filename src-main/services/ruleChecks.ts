import {
  AppError,
  type FieldIssue,
  type FieldValue,
  type Localized,
  type RegisterDef,
  type RuleFindingSummary,
  type TableRow,
} from '../contract';
import { registers } from '../core/registers';
import { paramsOf } from '../core/registers/rule';
import { calendarOf, type WorkCalendar } from '../core/rules/calendar';
import { blockingFindings, checkSubject } from '../core/rules/evaluate';
import type { Finding, RuleSubject, RuleVersion, Severity, Subject, TripMember, Values } from '../core/rules/types';
import { localDate } from '../ports/clock';
import { storeOf, type ServiceContext } from './context';
import { prepared } from '../db/preparedCache';
import { contextRecord } from './contextRecords/held';

const stmt = (ctx: ServiceContext, sql: string) => prepared(ctx.sqlite, sql);

/** The registers whose records the rules check, and the date each is checked under (its own date). */
const subjectRegisters: Record<string, { dateField: string; kind: (v: Values) => RuleSubject }> = {
  delegation: { dateField: 'departDate', kind: (v) => (v.direction === 'inbound' ? 'inboundDelegation' : 'outboundDelegation') },
  conference: { dateField: 'startDate', kind: () => 'conference' },
  expert: { dateField: 'entryDate', kind: () => 'expert' },
};

/**
 * The subject registers a change of a rule or the calendar can affect: a rule's own subject (any, when a
 * rule is deleted or its subject unknown); the working-day calendar only the trip rules count with.
 */
function affectedBy(register: string, values: Values | null): string[] | undefined {
  if (register === 'holidayCalendar') return ['delegation'];
  if (register !== 'rule') return undefined;
  const subject = values?.subject as RuleSubject | null | undefined;
  return subject
    ? [subject === 'outboundDelegation' || subject === 'inboundDelegation' ? 'delegation' : subject]
    : Object.keys(subjectRegisters);
}

export const isRuleSubject = (register: string): boolean => register in subjectRegisters;

export function ruleVersions(ctx: ServiceContext): RuleVersion[] {
  const rows = ctx.sqlite
    .prepare(
      'SELECT "id", "version", "ruleId", "title", "titleEn", "parameters", "source", "severity", "exemptAcademic", "effectiveFrom", "effectiveTo" FROM "rule" WHERE "deleted" = 0 ORDER BY "effectiveFrom"',
    )
    .all() as Record<string, string | number | null>[];
  return rows.map((r) => ({
    recordId: String(r.id),
    version: String(r.version),
    ruleId: String(r.ruleId),
    title: { zh: String(r.title), en: String(r.titleEn ?? r.title) },
    params: paramsOf(r.parameters ? (JSON.parse(String(r.parameters)) as TableRow[]) : null),
    source: String(r.source ?? ''),
    severity: r.severity as Severity,
    exemptAcademic: r.exemptAcademic === 1,
    effectiveFrom: String(r.effectiveFrom),
    effectiveTo: (r.effectiveTo as string | null) ?? null,
  }));
}

export function workCalendar(ctx: ServiceContext): WorkCalendar {
  const rows = ctx.sqlite.prepare('SELECT "year", "days" FROM "holidayCalendar" WHERE "deleted" = 0').all() as {
    year: number;
    days: string | null;
  }[];
  return calendarOf(rows.map((r) => ({ year: r.year, days: r.days ? (JSON.parse(r.days) as { date: string; kind: string }[]) : [] })));
}

/** The people on a delegation, as the trip rules need them. */
function membersOf(ctx: ServiceContext, values: Values): TripMember[] {
  const person = stmt(ctx, 'SELECT "name", "department", "leadership", "passportExpiry" FROM "person" WHERE "id" = ?');
  return ((values.members as TableRow[] | null) ?? []).map((m) => {
    const p = person.get(m.person) as
      { name: string; department: string | null; leadership: number | null; passportExpiry: string | null } | undefined;
    if (p) return { name: p.name, department: p.department, leadership: p.leadership === 1, passportExpiry: p.passportExpiry };
    // Another department's member, held on a laptop as context: what travelled is what the trip rules read.
    const context = contextRecord(ctx, String(m.person))?.values;
    return {
      name: String(context?.name ?? m.person),
      department: (context?.department as string | null | undefined) ?? null,
      leadership: context?.leadership === true,
      passportExpiry: (context?.passportExpiry as string | null | undefined) ?? null,
    };
  });
}

interface Loaded {
  versions: RuleVersion[];
  calendar: WorkCalendar;
  today: string;
}

const load = (ctx: ServiceContext): Loaded => ({
  versions: ruleVersions(ctx),
  calendar: workCalendar(ctx),
  today: localDate(ctx.clock.now()),
});

/** A subject's findings under the rules in force on its own date (today's rules while it has none); none once cancelled. */
function findingsWith(ctx: ServiceContext, loaded: Loaded, register: string, values: Values): Finding[] {
  const spec = subjectRegisters[register]!;
  if (values.status === 'cancelled') return [];
  const subject: Subject = { values, members: register === 'delegation' ? membersOf(ctx, values) : [] };
  const date = (values[spec.dateField] as string | null) ?? loaded.today;
  return checkSubject(spec.kind(values), subject, date, loaded.versions, { today: loaded.today, calendar: loaded.calendar });
}

export const subjectFindings = (ctx: ServiceContext, register: string, values: Values): Finding[] =>
  findingsWith(ctx, load(ctx), register, values);

/** Each finding with what was found, what is allowed and its source, in both languages. */
export const findingsText = (findings: Finding[]): Localized => ({
  zh: findings.map((f) => `${f.title.zh}：${f.found.zh}，规定${f.allowed.zh}（依据${f.source}）`).join('；'),
  en: findings.map((f) => `${f.title.en}: ${f.found.en}; allowed ${f.allowed.en} (source: ${f.source})`).join('; '),
});

/**
 * The issues that refuse a status move while blocking rules are broken (or cannot be checked): one per rule,
 * naming what was found and allowed, and its source; nothing is written.
 */
export function ruleGate(def: RegisterDef, findings: Finding[], values: Values, previous: Values | undefined): FieldIssue[] {
  if (!def.statusField) return [];
  const to = values[def.statusField] as string;
  const from = (previous?.[def.statusField] as string | null) ?? null;
  const field = def.fields.find((f) => f.key === def.statusField)!;
  const order = (field.options ?? []).map((o) => o.value);
  const blocked = blockingFindings(findings, order, to, from, def.checklist?.exemptStatuses ?? ['cancelled']);
  const name: Localized = field.options?.find((o) => o.value === to)?.label ?? { zh: to, en: to };
  return blocked.map((f) => ({
    field: def.statusField!,
    message: {
      zh: `不符合外事规则，不能进入“${name.zh}”：${findingsText([f]).zh}`,
      en: `The rules stop the move to "${name.en}": ${findingsText([f]).en}`,
    },
  }));
}

/** Replaces a subject's stored findings (inside the caller's transaction). */
export function storeFindings(ctx: ServiceContext, register: string, id: string, findings: Finding[], checkedAt: string): void {
  stmt(ctx, 'DELETE FROM "ruleFinding" WHERE "register" = ? AND "recordId" = ?').run(register, id);
  const insert = stmt(
    ctx,
    'INSERT INTO "ruleFinding" ("register", "recordId", "seq", "ruleId", "ruleRecord", "ruleVersion", "severity", "kind", "justified", "data", "checkedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  findings.forEach((f, i) =>
    insert.run(
      register,
      id,
      i,
      f.ruleId,
      f.ruleRecord,
      f.ruleVersion,
      f.severity,
      f.kind,
      f.justified ? 1 : 0,
      JSON.stringify(f),
      checkedAt,
    ),
  );
}

/**
 * Every live subject of the registers named checked again and its findings stored: after a rule or the
 * holiday calendar changes, or on request (`waiban check --all`). Each keeps the rule versions of its own
 * date, so a version added with a later date leaves earlier trips' verdicts as they were.
 */
export function recheckAll(
  ctx: ServiceContext,
  only: string[] = Object.keys(subjectRegisters),
): { register: string; id: string; findings: Finding[] }[] {
  const loaded = load(ctx);
  const out: { register: string; id: string; findings: Finding[] }[] = [];
  const checkedAt = new Date(ctx.clock.now()).toISOString();
  ctx.sqlite.transaction(() => {
    for (const register of only) stmt(ctx, 'DELETE FROM "ruleFinding" WHERE "register" = ?').run(register);
    for (const def of registers.filter((r) => only.includes(r.name))) {
      const store = storeOf(ctx, def.name);
      const ids = (ctx.sqlite.prepare(`SELECT "id" FROM "${def.name}" WHERE "deleted" = 0 ORDER BY rowid`).all() as { id: string }[]).map(
        (r) => r.id,
      );
      for (const id of ids) {
        const findings = findingsWith(ctx, loaded, def.name, store.values(store.get(id)!));
        storeFindings(ctx, def.name, id, findings, checkedAt);
        out.push({ register: def.name, id, findings });
      }
    }
  })();
  return out;
}

/** The live trips a person is a member of: their findings read the person's passport, leadership and department. */
const tripsOf = (ctx: ServiceContext, personId: string): string[] =>
  stmt(
    ctx,
    `SELECT "id" FROM "delegation" WHERE "deleted" = 0 AND rowid IN
       (SELECT "row" FROM "recordLink" WHERE "register" = 'delegation' AND "field" = 'members.person' AND "value" = ?)`,
  )
    .pluck()
    .all(personId) as string[];

/** A subject's findings checked again and stored: of the values just written, or its row as it now stands (none once deleted). */
function recheckOne(ctx: ServiceContext, register: string, id: string, checkedAt: string, written?: Values | null): void {
  let values = written;
  if (values === undefined) {
    const store = storeOf(ctx, register);
    const row = store.get(id);
    values = row && !row.deleted ? store.values(row) : null;
  }
  storeFindings(ctx, register, id, values ? subjectFindings(ctx, register, values) : [], checkedAt);
}

/**
 * After records are written (a save, an import): the stored findings of every subject that depends on them,
 * before a list or record shows them again: a subject's own; every subject a rule or the working-day calendar
 * can affect; the trips a person is on. (Annual plans and travel standards feed no finding: a trip's plan rule
 * reads only its own link.)
 */
export function refreshFindings(ctx: ServiceContext, written: { register: string; recordId: string; values?: Values | null }[]): void {
  const checkedAt = new Date(ctx.clock.now()).toISOString();
  const everything = new Set(written.flatMap((w) => affectedBy(w.register, w.values ?? null) ?? []));
  for (const register of everything) recheckAll(ctx, [register]);
  const done = new Set<string>();
  const recheck = (register: string, id: string, values?: Values | null) => {
    if (everything.has(register) || done.has(`${register}:${id}`)) return;
    done.add(`${register}:${id}`);
    recheckOne(ctx, register, id, checkedAt, values);
  };
  for (const w of written) {
    if (isRuleSubject(w.register)) recheck(w.register, w.recordId, w.values);
    if (w.register === 'person') for (const trip of tripsOf(ctx, w.recordId)) recheck('delegation', trip);
  }
}

/** After a record is written here. */
export const afterWrite = (ctx: ServiceContext, register: string, id: string, values: Values | null): void =>
  refreshFindings(ctx, [{ register, recordId: id, values }]);

/** A subject's stored findings, as the record page and the CLI show them. */
export function storedFindings(ctx: ServiceContext, register: string, id: string): Finding[] {
  return (
    ctx.sqlite.prepare('SELECT "data" FROM "ruleFinding" WHERE "register" = ? AND "recordId" = ? ORDER BY "seq"').all(register, id) as {
      data: string;
    }[]
  ).map((r) => JSON.parse(r.data) as Finding);
}

/** Two versions of one rule may not be in force on the same day: the checks would not know which applies. */
export function ruleRules(ctx: ServiceContext, values: Record<string, FieldValue>, id: string): FieldIssue[] {
  const from = values.effectiveFrom as string;
  const to = (values.effectiveTo as string | null) ?? '9999-12-31';
  const other = ctx.sqlite
    .prepare(
      `SELECT "title", "effectiveFrom", "effectiveTo" FROM "rule" WHERE "deleted" = 0 AND "ruleId" = ? AND "id" <> ?
               AND "effectiveFrom" <= ? AND coalesce("effectiveTo", '9999-12-31') >= ? LIMIT 1`,
    )
    .get(values.ruleId, id, to, from) as { title: string; effectiveFrom: string; effectiveTo: string | null } | undefined;
  if (!other) return [];
  const span = `${other.effectiveFrom} – ${other.effectiveTo ?? '…'}`;
  return [
    {
      field: 'effectiveFrom',
      message: {
        zh: `与同一规则的另一版本“${other.title}”（${span}）时间重叠；请先为旧版本填写失效日期`,
        en: `Overlaps another version of this rule, "${other.title}" (${span}); give the old version an end date first`,
      },
    },
  ];
}

export const unknownSubject = (register: string) =>
  new AppError('VALIDATION', { zh: `“${register}”台账没有外事规则检查`, en: `The rules do not check the register "${register}"` });

/** Per record of a list page, how many findings block a status move and how many do not. */
export function findingSummaries(ctx: ServiceContext, register: string, ids: string[]): Map<string, RuleFindingSummary> {
  const out = new Map<string, RuleFindingSummary>();
  if (!isRuleSubject(register) || !ids.length) return out;
  const rows = ctx.sqlite
    .prepare(
      `SELECT "recordId", "severity" = 'block' AND "justified" = 0 AS blocking, json_extract("data", '$.title') AS title FROM "ruleFinding"
               WHERE "register" = ? AND "recordId" IN (${ids.map(() => '?').join(', ')}) ORDER BY "recordId", blocking DESC, "seq"`,
    )
    .all(register, ...ids) as { recordId: string; blocking: number; title: string }[];
  for (const r of rows) {
    const summary = out.get(r.recordId) ?? { blocking: 0, other: 0, titles: [] };
    if (r.blocking) summary.blocking++;
    else summary.other++;
    summary.titles.push({ title: JSON.parse(r.title) as Localized, blocking: r.blocking === 1 });
    out.set(r.recordId, summary);
  }
  return out;
}
