import type BetterSqlite3 from 'better-sqlite3';
import { formatHlc, parseHlc, receive, tick, type Hlc } from '../core/hlc';
import type { Clock } from '../ports/clock';

/** The installation's hybrid logical clock, persisted so it never runs backwards across restarts. */
export class ClockState {
  private readonly load: BetterSqlite3.Statement;
  private readonly save: BetterSqlite3.Statement;
  /** The clock while `hold` runs: kept here, saved once at its end. */
  private held: Hlc | undefined;

  constructor(
    sqlite: BetterSqlite3.Database,
    private readonly node: string,
    private readonly clock: Clock,
  ) {
    this.load = sqlite.prepare(`SELECT "value" FROM "meta" WHERE "key" = 'hlc'`).pluck();
    this.save = sqlite.prepare(
      `INSERT INTO "meta" ("key", "value") VALUES ('hlc', ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"`,
    );
  }

  /** Next timestamp; call inside the write transaction so it is saved with the change. */
  next(): string {
    return this.store(tick(this.last(), this.clock.now()));
  }

  /** Merges a received timestamp; false when it was too far ahead to adopt (the clock then only ticks). */
  receive(remote: string): boolean {
    const r = receive(this.last(), parseHlc(remote), this.clock.now());
    this.store(r.clock);
    return !r.skewed;
  }

  /**
   * Merges received timestamps in order, as receive() one by one would (each passes through its stored text
   * form), with one read and one write: an import takes in 100k at a time. Returns how many were not adopted.
   */
  receiveAll(remotes: string[]): number {
    let last = this.last();
    let skewed = 0;
    for (const remote of remotes) {
      const r = receive(last, parseHlc(remote), this.clock.now());
      last = { ...parseHlc(formatHlc(r.clock)), node: this.node };
      if (r.skewed) skewed++;
    }
    if (remotes.length) this.store(last);
    return skewed;
  }

  /**
   * Runs `work`, inside the caller's write transaction, with the clock kept in memory and saved once when it ends:
   * reading and writing its row for every change was a tenth of a spreadsheet import's write. Only for work
   * that advances no other clock (a bundle import's) while it runs.
   */
  hold<T>(work: () => T): T {
    if (this.held) return work();
    this.held = this.last();
    try {
      const result = work();
      this.save.run(formatHlc(this.held));
      return result;
    } finally {
      this.held = undefined;
    }
  }

  // Read from the database each time: an import and the local writer advance the same clock.
  private last(): Hlc {
    if (this.held) return this.held;
    const value = this.load.get() as string | undefined;
    return value ? { ...parseHlc(value), node: this.node } : { wall: 0, counter: 0, node: this.node };
  }

  private store(h: Hlc): string {
    const s = formatHlc(h);
    if (this.held) this.held = h;
    else this.save.run(s);
    return s;
  }
}
