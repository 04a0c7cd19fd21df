import type BetterSqlite3 from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import type { FieldValue, RegisterDef } from '../contract';
import { isBusy, lockedError, withLockWait } from '../db/busy';
import { assertWritable, damagedError, isDamage } from '../db/damage';
import type { Change } from '../db/changeLog';
import type { StoredRow } from '../db/registerStore';
import { prepared } from '../db/preparedCache';
import type { Admission } from './gate/proposal';
import { changeId } from './changeIds';
import { ClockState } from './clockState';
import type { ServiceContext } from './context';
import { refreshDependents, searchTextOf, titleLookup, withSearchIndexDeferred } from './searchIndex';

export interface NewRecord {
  recordId?: string;
  data: Record<string, FieldValue>;
  department: string;
}

/** The gate's verdict on a new record, asked just before it is written (so it sees the records written before it). */
export type AdmitNew = (record: NewRecord, recordId: string) => Admission;

/**
 * The only way records change: append a change to the log, then bring the register table to the state
 * the log describes. Callers hold the write transaction.
 */
export class ChangeWriter {
  private clockOf: { node: string; state: ClockState } | undefined;
  /** Titles read during a batch, by "register:id". */
  private titles: Map<string, string | undefined> | undefined;
  private seq: number;
  /** Inside rehearse(): writes leave out what no check reads. */
  private rehearsing = false;
  // One transaction function for every call: better-sqlite3 builds four wrappers per transaction(), and a save
  // nested in an import's transaction (a savepoint) would build them again for each row.
  private readonly inTransaction: BetterSqlite3.Transaction<(work: () => unknown) => unknown>;

  constructor(private readonly ctx: ServiceContext) {
    this.inTransaction = ctx.sqlite.transaction((work: () => unknown) => work());
    this.seq = ctx.changes.lastAuthorSeq(ctx.self.id);
  }

  /** The clock of the installation writing now: a laptop enrolled again writes as its new identity (trust/reEnrolment.ts). */
  private get hlc(): ClockState {
    if (this.clockOf?.node !== this.ctx.self.id)
      this.clockOf = { node: this.ctx.self.id, state: new ClockState(this.ctx.sqlite, this.ctx.self.id, this.ctx.clock) };
    return this.clockOf.state;
  }

  /**
   * Runs `work` in one transaction. The author sequence continues from the log at its start: another process on the
   * same data folder (the CLI beside the app) may have written since this one last did.
   */
  transaction<T>(work: () => T): T {
    assertWritable(this.ctx.sqlite);
    const outermost = !this.ctx.sqlite.inTransaction;
    try {
      return withLockWait(this.ctx.sqlite, this.ctx.lockWait, () =>
        this.inTransaction.immediate(() => {
          if (outermost) this.seq = this.ctx.changes.lastAuthorSeq(this.ctx.self.id);
          return work();
        }),
      ) as T;
    } catch (err) {
      this.seq = this.ctx.changes.lastAuthorSeq(this.ctx.self.id);
      throw isBusy(err) ? lockedError() : isDamage(err) ? damagedError() : err;
    }
  }

  private change(
    def: RegisterDef,
    recordId: string,
    op: Change['op'],
    data: Change['data'],
    department: string,
    parents: string[],
  ): Change {
    return {
      id: changeId(),
      register: def.name,
      recordId,
      op,
      data,
      department,
      author: this.ctx.self.id,
      authorSeq: ++this.seq,
      hlc: this.hlc.next(),
      parents,
    };
  }

  /**
   * Many saves in one transaction (a spreadsheet import): the clock is saved once at the end, the titles the
   * search text names are read once each (a title this batch writes is read again), and new rows are indexed for
   * search together at the end.
   */
  batch<T>(work: () => T): T {
    return this.transaction(() =>
      this.hlc.hold(() => {
        this.titles = new Map();
        try {
          return withSearchIndexDeferred(this.ctx, work);
        } finally {
          this.titles = undefined;
        }
      }),
    );
  }

  /**
   * Runs `work` as a batch that is rolled back whatever happens, and returns what it returned: a dry run saves every row
   * exactly as the write would, so that each is checked against the rows before it, then undoes it all. Its writes
   * leave out the change log and the search text, which no check reads: a third of a spreadsheet's dry run.
   */
  rehearse<T>(work: () => T): T {
    const undo = new Error('rehearsal undone');
    const outer = this.rehearsing;
    let result: T;
    try {
      this.batch(() => {
        this.rehearsing = true;
        result = work();
        throw undo;
      });
    } catch (err) {
      if (err !== undo) throw err;
    } finally {
      this.rehearsing = outer;
    }
    return result!;
  }

  /**
   * One local edit the gate admitted; `parents` are the heads the editor saw, which this change supersedes.
   * `before` is the record's row (null: none) when the caller has just read it in this transaction.
   */
  write(def: RegisterDef, recordId: string, op: Change['op'], admission: Admission, parents: string[], before?: StoredRow | null): Change {
    const store = this.ctx.stores.get(def.name)!;
    if (before === undefined) before = store.get(recordId) ?? null;
    const data = op === 'put' ? admission.values : null;
    const c = this.change(def, recordId, op, data, admission.owner, parents);
    if (!this.rehearsing) this.ctx.changes.insert(c);
    // Only a record with a row can have conflicting versions kept.
    if (before) prepared(this.ctx.sqlite, 'DELETE FROM "conflictHead" WHERE "recordId" = ?').run(recordId);
    const values = data ?? (before ? store.values(before) : {});
    store.apply(c, this.rehearsing ? '' : searchTextOf(def, values, titleLookup(this.ctx, this.titles)), before ?? undefined);
    // After the row is written, so a title read for it on the way (a record naming itself) is not kept.
    this.titles?.delete(`${def.name}:${recordId}`);
    const titleChanged = before && op === 'put' && before[def.titleField] !== data?.[def.titleField];
    if (titleChanged) refreshDependents(this.ctx, def.name, recordId);
    return c;
  }

  /**
   * Many new records at once (defaults, demo data), each admitted by the gate as it comes: prepared statements in
   * one pass, then the search index filled from the table in a single statement.
   */
  createMany(def: RegisterDef, records: NewRecord[], admit: AdmitNew, onProgress?: (done: number) => void): string[] {
    const store = this.ctx.stores.get(def.name)!;
    const lookup = titleLookup(this.ctx, new Map());
    return this.transaction(() => {
      const ids = withSearchIndexDeferred(this.ctx, () =>
        records.map((r, i) => {
          const recordId = r.recordId ?? uuidv7();
          const admission = admit(r, recordId);
          const c = this.change(def, recordId, 'put', admission.values, admission.owner, []);
          this.ctx.changes.insert(c);
          store.apply(c, searchTextOf(def, admission.values!, lookup), undefined);
          if (onProgress && i % 5000 === 4999) onProgress(i + 1);
          return c.recordId;
        }),
      );
      // Fresh statistics after a large load, or SQLite may pick a slow plan for filtered counts.
      if (records.length >= 1000) this.ctx.sqlite.exec(`ANALYZE "${def.name}"`);
      return ids;
    });
  }
}
