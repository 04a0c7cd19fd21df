import { basename } from 'node:path';
import { startBackend } from '../../src-main/backend/startBackend';
import type { CallFiles } from '../../src-main/rpc/fileHandles';
import { longestBlockMs } from './eventLoop';

/**
 * Run by bundleBench.ts in a process of its own: `windowThread.ts LAPTOP_DIR OFFICE_DIR BUNDLE RECORDS`. Exports to
 * the office from the laptop's folder and imports the bundle into the office's folder, each a call to the backend
 * thread with progress asked for and the bundle named by a file handle the transport resolved, as from the window;
 * prints this thread's longest block during each as JSON.
 */
async function main(): Promise<void> {
  const [laptopDir, officeDir, file, records] = process.argv.slice(2) as [string, string, string, string];
  // The export goes beside the bundle the import reads (the same bytes, exported again from a copy of the laptop).
  const handle = { id: '0'.repeat(32), name: basename(file), size: 0 };
  const resolved = (access: 'read' | 'write'): CallFiles => ({
    [handle.id]: { path: access === 'read' ? file : `${file}.again`, access, name: handle.name, size: 0 },
  });
  const laptop = await startBackend({ dataDir: laptopDir });
  let exportMs: number;
  try {
    const exported = await longestBlockMs(() =>
      laptop.dispatch('sync.export', { to: 'office', target: handle }, () => {}, resolved('write')),
    );
    if (!exported.value.ok) throw new Error(`export through the backend thread failed: ${JSON.stringify(exported.value.error)}`);
    exportMs = exported.longestBlockMs;
  } finally {
    await laptop.close();
  }
  const office = await startBackend({ dataDir: officeDir });
  try {
    const imported = await longestBlockMs(() => office.dispatch('sync.import', { file: handle }, () => {}, resolved('read')));
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
