import type { Destination, KnownInstallation, OnProgress, SyncImportReport, SyncStatus } from '../contract';
import { destinationsOf } from './bundle/destinations';
import { exportBundle, type ExportReport } from './bundle/exportBundle';
import { importBundle } from './bundle/importBundle';
import type { ServiceContext } from './context';
import { backupBeforeImport } from './backup/autoBackup';
import { knownInstallation } from './installation';

/** This installation, the ones it knows with their last bundle, where it may export, and how many conflicts wait. */
export function syncStatus(ctx: ServiceContext): SyncStatus {
  const ids = ctx.sqlite.prepare('SELECT "id" FROM "installation" WHERE "isSelf" = 0 ORDER BY "name"').pluck().all() as string[];
  const last = ctx.sqlite.prepare(
    'SELECT "sequence", "importedAt", "newChanges" FROM "bundleImport" WHERE "exporter" = ? ORDER BY "importedAt" DESC, "sequence" DESC LIMIT 1',
  );
  const installations: KnownInstallation[] = ids.map((id) => {
    const i = knownInstallation(ctx.sqlite, id)!;
    return { ...i, lastBundle: (last.get(id) as KnownInstallation['lastBundle'] | undefined) ?? null };
  });
  const newest = ctx.sqlite.prepare('SELECT "exporter", "importedAt" FROM "bundleImport" ORDER BY "importedAt" DESC LIMIT 1').get() as
    { exporter: string; importedAt: string } | undefined;
  // The data is as of the newest change held, by the clock of whoever made it.
  const newestChange = ctx.sqlite.prepare('SELECT max("hlc") FROM "changeLog"').pluck().get() as string | null;
  return {
    self: ctx.self,
    installations,
    destinations: destinationsOf(ctx),
    lastImport: newest
      ? { ...newest, created: newestChange ? new Date(Number(newestChange.slice(0, 15))).toISOString() : newest.importedAt }
      : null,
    conflicts: ctx.sqlite.prepare('SELECT count(DISTINCT "recordId") FROM "conflictHead"').pluck().get() as number,
  };
}

/** An export for the window: the same bundle `waiban export --to` writes, to the target the person chose. */
export const syncExport = (
  ctx: ServiceContext,
  input: { to: Destination; full?: boolean },
  out: string,
  progress?: OnProgress,
): Promise<ExportReport> =>
  exportBundle(ctx, { out, to: input.to, full: input.full, onProgress: (done, total) => progress?.({ stage: 'write', done, total }) });

/** Preview (nothing written) or import of a picked bundle, checked against the roster held here. */
export const syncImport = (ctx: ServiceContext, file: string, preview: boolean, progress?: OnProgress): Promise<SyncImportReport> =>
  importBundle(ctx, file, { preview, onProgress: progress, beforeWrite: (ids) => backupBeforeImport(ctx, ids) });
