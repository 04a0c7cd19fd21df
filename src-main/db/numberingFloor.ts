import type BetterSqlite3 from 'better-sqlite3';

/**
 * Set when a data folder is restored from a backup: every number this installation hands out next (author numbers of
 * its changes, its segments, its bundles, the office's roster versions) continues above `floor`, past anything its
 * lost copy may have numbered (core/bundle/restart.ts). Kept in `meta`, inside the restored database itself.
 */
export interface NumberingFloor {
  installation: string;
  floor: number;
  restoredAt: string;
  backupCreated: string;
  /**
   * After a restore, this installation's own changes are sealed into segments in the order they were logged here, so
   * that its own changes the office sends back (made before the failure, numbered below the floor) are sealed too:
   * the changes logged up to this position of the change log are in a segment.
   */
  sealedLogSeq: number;
}

export const numberingFloorKey = 'numberingFloor';

export function readNumberingFloor(sqlite: BetterSqlite3.Database): NumberingFloor | undefined {
  const value = sqlite.prepare('SELECT "value" FROM "meta" WHERE "key" = ?').pluck().get(numberingFloorKey) as string | undefined;
  return value === undefined ? undefined : (JSON.parse(value) as NumberingFloor);
}

/** The floor for this installation's numbers; 0 when it was never restored (or the floor is another installation's). */
export const floorFor = (sqlite: BetterSqlite3.Database, installation: string): number => {
  const floor = readNumberingFloor(sqlite);
  return floor?.installation === installation ? floor.floor : 0;
};

export function writeNumberingFloor(sqlite: BetterSqlite3.Database, floor: NumberingFloor): void {
  sqlite
    .prepare('INSERT INTO "meta" ("key", "value") VALUES (?, ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"')
    .run(numberingFloorKey, JSON.stringify(floor));
}
