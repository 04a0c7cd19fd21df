import type { HistoryEntry, RecordRef } from '../contract';
import type { ServiceContext } from './context';

/** Notes that this installation saw `fields` of a record in full. */
export function logReveal(ctx: ServiceContext, ref: RecordRef, fields: string[]): void {
  ctx.sqlite
    .prepare('INSERT INTO "recordReveal" ("register", "recordId", "fields", "at", "installation") VALUES (?, ?, ?, ?, ?)')
    .run(ref.register, ref.id, JSON.stringify(fields), new Date(ctx.clock.now()).toISOString(), ctx.self.id);
}

/** The reveals of a record as history entries: who saw which masked fields, and when. */
export function revealHistory(ctx: ServiceContext, recordId: string, names: Map<string, string>): HistoryEntry[] {
  const rows = ctx.sqlite
    .prepare('SELECT "seq", "fields", "at", "installation" FROM "recordReveal" WHERE "recordId" = ? ORDER BY "seq"')
    .all(recordId) as { seq: number; fields: string; at: string; installation: string }[];
  return rows.map((r) => ({
    changeId: `reveal-${r.seq}`,
    op: 'reveal',
    at: r.at,
    author: r.installation,
    authorName: names.get(r.installation) ?? r.installation,
    department: '',
    hlc: '',
    changes: (JSON.parse(r.fields) as string[]).map((field) => ({ field, before: null, after: null })),
  }));
}
