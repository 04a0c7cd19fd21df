import type { FieldValue } from '../../contract';
import type { ContextRecord } from '../../core/bundle/contextRecords';
import { prepared } from '../../db/preparedCache';
import type { ServiceContext } from '../context';

/** A record held here only as context: whose it is, its title and the values that travelled. */
export interface HeldContext {
  register: string;
  owner: string;
  title: string;
  values: Record<string, FieldValue>;
}

interface Row {
  register: string;
  owner: string;
  title: string;
  data: string;
}

/** The context record of this id, if the laptop holds one. */
export function contextRecord(ctx: ServiceContext, id: string): HeldContext | undefined {
  const row = prepared(ctx.sqlite, 'SELECT "register", "owner", "title", "data" FROM "contextRecord" WHERE "id" = ?').get(id) as
    Row | undefined;
  return row && { register: row.register, owner: row.owner, title: row.title, values: JSON.parse(row.data) as Record<string, FieldValue> };
}

/** A context record's title, for the names a record's page shows (a joint trip's members). */
export const contextTitle = (ctx: ServiceContext, register: string, id: string): string | undefined =>
  prepared(ctx.sqlite, 'SELECT "title" FROM "contextRecord" WHERE "id" = ? AND "register" = ?').pluck().get(id, register) as
    string | undefined;

/**
 * Inside an office bundle's import: the laptop's context becomes the set the office sent, so a record no longer
 * referred to goes and a changed one is replaced. A record the laptop now holds in full (it became the
 * department's) is not kept as context too.
 */
export function replaceContext(ctx: ServiceContext, records: ContextRecord[]): void {
  prepared(ctx.sqlite, 'DELETE FROM "contextRecord"').run();
  const insert = prepared(
    ctx.sqlite,
    'INSERT INTO "contextRecord" ("register", "id", "owner", "title", "data", "receivedAt") VALUES (?, ?, ?, ?, ?, ?)',
  );
  const at = new Date(ctx.clock.now()).toISOString();
  for (const r of records) {
    const store = ctx.stores.get(r.register);
    if (!store || store.get(r.id)) continue;
    insert.run(r.register, r.id, r.owner, r.title, JSON.stringify(r.values), at);
  }
}
