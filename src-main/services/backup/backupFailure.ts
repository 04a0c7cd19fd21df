import { AppError } from '../../contract';
import type { ServiceContext } from '../context';

const failureKey = 'backupFailure';

/** What the page shows when an automatic backup failed (the folder gone, the disk full), until the next one succeeds. */
export function lastBackupFailure(ctx: ServiceContext): { at: string; zh: string; en: string } | null {
  const value = ctx.sqlite.prepare('SELECT "value" FROM "meta" WHERE "key" = ?').pluck().get(failureKey) as string | undefined;
  return value ? (JSON.parse(value) as { at: string; zh: string; en: string }) : null;
}

export function noteFailure(ctx: ServiceContext, err: unknown): void {
  const message =
    err instanceof AppError ? err.localized : { zh: String((err as Error)?.message ?? err), en: String((err as Error)?.message ?? err) };
  ctx.sqlite
    .prepare('INSERT INTO "meta" ("key", "value") VALUES (?, ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"')
    .run(failureKey, JSON.stringify({ at: new Date(ctx.clock.now()).toISOString(), ...message }));
}

export const clearFailure = (ctx: ServiceContext) => ctx.sqlite.prepare('DELETE FROM "meta" WHERE "key" = ?').run(failureKey);
