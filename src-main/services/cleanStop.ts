import { closeSync, openSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isRunning } from './processAlive';

/**
 * Each process that opens the data folder leaves `.open-<pid>` in it while the database is open and removes it when it
 * closes the database. A marker whose process is gone says a session ended without closing (a crash, a power cut,
 * a kill): the next open runs SQLite's full integrity check rather than the quick one. One marker per process, so the
 * command line opening the folder beside the app neither mistakes the app for a crash nor clears its marker.
 */
const markerPattern = /^\.open-(\d+)$/;
const markerOf = (dataDir: string): string => join(dataDir, `.open-${process.pid}`);
/** Databases this process holds open per folder: the marker goes with the last. */
const openHere = new Map<string, number>();

const otherMarkers = (dataDir: string, running: boolean): string[] =>
  readdirSync(dataDir)
    .filter((name) => {
      const pid = Number(markerPattern.exec(name)?.[1]);
      return pid > 0 && pid !== process.pid && isRunning(pid) === running;
    })
    .map((name) => join(dataDir, name));

/** The markers of sessions that ended without closing the database. */
export const uncleanStops = (dataDir: string): string[] => otherMarkers(dataDir, false);

/** Whether another process (the app, a command) has the database open now. */
export const openElsewhere = (dataDir: string): boolean => otherMarkers(dataDir, true).length > 0;

/** This process has the database open, and has checked it after the unclean stops whose markers are cleared. */
export function markOpen(dataDir: string, checked: string[]): void {
  for (const marker of checked) rmSync(marker, { force: true });
  closeSync(openSync(markerOf(dataDir), 'w', 0o600));
  openHere.set(dataDir, (openHere.get(dataDir) ?? 0) + 1);
}

/** This process closed the database: when no other connection of its holds the folder, its session ended cleanly. */
export function markClosed(dataDir: string): void {
  const left = (openHere.get(dataDir) ?? 1) - 1;
  if (left > 0) {
    openHere.set(dataDir, left);
    return;
  }
  openHere.delete(dataDir);
  rmSync(markerOf(dataDir), { force: true });
}
