import type BetterSqlite3 from 'better-sqlite3';
import { formatHlc, parseHlc, tick, type Hlc } from '../core/hlc';
import type { Clock } from '../ports/clock';

/** The installation's hybrid logical clock, persisted so it never runs backwards across restarts. */
export class ClockState {
  private last: Hlc;
  private readonly save: BetterSqlite3.Statement;

  constructor(sqlite: BetterSqlite3.Database, node: string, private readonly clock: Clock) {
    const row = sqlite.prepare(`SELECT "value" FROM "meta" WHERE "key" = 'hlc'`).get() as { value: string } | undefined;
    this.last = row ? { ...parseHlc(row.value), node } : { wall: 0, counter: 0, node };
    this.save = sqlite.prepare(`INSERT INTO "meta" ("key", "value") VALUES ('hlc', ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"`);
  }

  /** Next timestamp; call inside the write transaction so it is saved with the change. */
  next(): string {
    this.last = tick(this.last, this.clock.now());
    const s = formatHlc(this.last);
    this.save.run(s);
    return s;
  }
}
