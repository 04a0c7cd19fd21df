import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError, maxChannelBundleBytes, type Destination, type ExportedBundle, type KnownInstallation, type OnProgress, type SyncImportReport, type SyncStatus } from '../contract';
import { destinationsOf } from './bundle/destinations';
import { exportBundle } from './bundle/exportBundle';
import { importBundle } from './bundle/importBundle';
import type { ServiceContext } from './context';
import { knownInstallation } from './installation';
import { backupBeforeImport } from './backup/autoBackup';

/** This installation, the ones it knows with their last bundle, where it may export, and how many conflicts wait. */
export function syncStatus(ctx: ServiceContext): SyncStatus {
  const ids = ctx.sqlite.prepare('SELECT "id" FROM "installation" WHERE "isSelf" = 0 ORDER BY "name"').pluck().all() as string[];
  const last = ctx.sqlite.prepare('SELECT "sequence", "importedAt", "newChanges" FROM "bundleImport" WHERE "exporter" = ? ORDER BY "importedAt" DESC, "sequence" DESC LIMIT 1');
  const installations: KnownInstallation[] = ids.map((id) => {
    const i = knownInstallation(ctx.sqlite, id)!;
    return { ...i, lastBundle: (last.get(id) as KnownInstallation['lastBundle'] | undefined) ?? null };
  });
  const newest = ctx.sqlite.prepare('SELECT "exporter", "importedAt" FROM "bundleImport" ORDER BY "importedAt" DESC LIMIT 1').get() as
    | { exporter: string; importedAt: string }
    | undefined;
  // The data is as of the newest change held, by the clock of whoever made it.
  const newestChange = ctx.sqlite.prepare('SELECT max("hlc") FROM "changeLog"').pluck().get() as string | null;
  return {
    self: ctx.self,
    installations,
    destinations: destinationsOf(ctx),
    lastImport: newest ? { ...newest, created: newestChange ? new Date(Number(newestChange.slice(0, 15))).toISOString() : newest.importedAt } : null,
    conflicts: ctx.sqlite.prepare('SELECT count(DISTINCT "recordId") FROM "conflictHead"').pluck().get() as number,
  };
}

/** Runs work on a private temporary folder that is removed afterwards, whatever happens. */
async function inTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'waiban-sync-'));
  try {
    return await work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const tooLarge = (bytes: number) =>
  new AppError('FILE_TOO_LARGE', {
    zh: `数据包有 ${(bytes / 1048576).toFixed(1)} MB，超过界面可传送的 ${maxChannelBundleBytes / 1048576} MB：请用命令行 waiban export / waiban bundle import。`,
    en: `The bundle is ${(bytes / 1048576).toFixed(1)} MB, over the ${maxChannelBundleBytes / 1048576} MB the window can carry: use the command line (waiban export / waiban bundle import).`,
  });

/** A name that says where the file goes, so a USB stick with several bundles is not a puzzle. */
const fileNameFor = (ctx: ServiceContext, to: Destination, sequence: number) =>
  `${to === 'review' ? 'office-to-review' : to === 'office' ? `${ctx.self.departments.join('-') || 'bundle'}-to-office` : `office-to-${to.slice('department:'.length)}`}-${sequence}.waiban`;

/** An export for the window to save: the same bundle `waiban export --to` writes, as base64. */
export async function syncExport(ctx: ServiceContext, input: { to: Destination; full?: boolean }, progress?: OnProgress): Promise<ExportedBundle> {
  return inTempDir(async (dir) => {
    const out = join(dir, 'bundle.waiban');
    const r = await exportBundle(ctx, { out, to: input.to, full: input.full, onProgress: (done, total) => progress?.({ stage: 'write', done, total }) });
    const bytes = readFileSync(out);
    if (bytes.length > maxChannelBundleBytes) throw tooLarge(bytes.length);
    return { fileName: fileNameFor(ctx, input.to, r.sequence), base64: bytes.toString('base64'), ...r };
  });
}

/** Preview (nothing written) or import of an uploaded bundle, checked against the roster held here. */
export async function syncImport(ctx: ServiceContext, input: { name: string; base64: string }, preview: boolean, progress?: OnProgress): Promise<SyncImportReport> {
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.length > maxChannelBundleBytes) throw tooLarge(bytes.length);
  return inTempDir(async (dir) => {
    const file = join(dir, 'upload.waiban');
    writeFileSync(file, bytes);
    return importBundle(ctx, file, { preview, onProgress: progress, beforeWrite: (ids) => backupBeforeImport(ctx, ids) });
  });
}
