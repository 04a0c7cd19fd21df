import { readFileSync } from 'node:fs';
import { startBackend } from '../../src-main/backend/startBackend';
import { longestBlockMs } from './eventLoop';

/**
 * Run by bundleBench.ts in a process of its own: `windowThread.ts LAPTOP_DIR OFFICE_DIR BUNDLE RECORDS`. Exports to
 * the office from the laptop's folder and imports the bundle into the office's folder, each a call to the backend
 * thread with progress asked for and the bundle crossing as base64, as from the window; prints this thread's longest
 * block during each as JSON.
 */
async function main(): Promise<void> {
  const [laptopDir, officeDir, file, records] = process.argv.slice(2) as [string, string, string, string];
  const laptop = await startBackend({ dataDir: laptopDir });
  let exportMs: number;
  try {
    const exported = await longestBlockMs(() => laptop.dispatch('sync.export', { to: 'office' }, () => {}));
    if (!exported.value.ok) throw new Error(`export through the backend thread failed: ${JSON.stringify(exported.value.error)}`);
    exportMs = exported.longestBlockMs;
  } finally {
    await laptop.close();
  }
  const office = await startBackend({ dataDir: officeDir });
  try {
    const base64 = readFileSync(file).toString('base64');
    const imported = await longestBlockMs(() => office.dispatch('sync.import', { name: 'laptop-to-office.waiban', base64 }, () => {}));
    const result = imported.value;
    if (!result.ok) throw new Error(`import through the backend thread failed: ${JSON.stringify(result.error)}`);
    const added = (result.value as { newChanges: number }).newChanges;
    if (added !== Number(records)) throw new Error(`the office's copy took ${added} changes through the backend thread, not ${records}`);
    process.stdout.write(`${JSON.stringify({ exportMs, importMs: imported.longestBlockMs })}\n`);
  } finally {
    await office.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
