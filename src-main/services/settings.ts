import { defaultReminderSettings, type Settings } from '../contract';
import type { ServiceContext } from './context';

const defaults: Settings = { locale: 'zh', colorScheme: 'auto', reminders: defaultReminderSettings, lists: {} };

/** Display preferences live in the database: the web host's port (and so the browser's storage) changes per launch. */
export function getSettings(ctx: ServiceContext): Settings {
  const row = ctx.sqlite.prepare(`SELECT "value" FROM "meta" WHERE "key" = 'settings'`).get() as { value: string } | undefined;
  const stored = row ? (JSON.parse(row.value) as Partial<Settings>) : {};
  // A deadline added in a later version takes its default until the office sets it.
  return { ...defaults, ...stored, reminders: { ...defaults.reminders, ...stored.reminders }, lists: stored.lists ?? {} };
}

export function setSettings(ctx: ServiceContext, patch: Partial<Settings>): Settings {
  const current = getSettings(ctx);
  // One register's list preferences at a time: a save from one list never carries another's stale copy.
  const next = { ...current, ...patch, lists: { ...current.lists, ...patch.lists } };
  ctx.sqlite
    .prepare(`INSERT INTO "meta" ("key", "value") VALUES ('settings', ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"`)
    .run(JSON.stringify(next));
  return next;
}
