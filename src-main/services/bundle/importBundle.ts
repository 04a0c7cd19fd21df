import { canonicalJson } from '../../core/bundle/canonicalJson';
import { readChange } from './changeShape';
import { bundleRefusal } from '../../core/bundle/refusal';
import { isRestartJump } from '../../core/bundle/restart';
import type { Change } from '../../db/changeLog';
import { ClockState } from '../clockState';
import type { ServiceContext } from '../context';
import type { TrustDecision } from '../trust/confirm';
import { trustForImport } from '../trust/bundleTrust';
import { assertDocumentsReferenced, recordStoredFiles, removeStoredFiles, storeBundleFiles } from './bundleFiles';
import { assertVisibleHere } from './visibleHere';
import { admitArrivals, checkArrivalsAgainstRecords } from '../gate/arrivals';
import { materialiseAll } from './materialise';
import { carryOver, setAsideForked } from './carryOver';
import { AppError } from '../../contract';
import { keepArrived, packArrived } from './receivedSegments';
import { dropReviewCopy } from './reviewCopy';
import { readVerifiedBundle } from './verifyBundle';
import { refreshFindings } from '../ruleChecks';
import { prepared } from '../../db/preparedCache';
import { assertWritable } from '../../db/damage';
import type { InstallationDto, OnProgress } from '../../contract';
import type { ContextRecord } from '../../core/bundle/contextRecords';
import { contextName } from '../../core/bundle/entryNames';
import type { Manifest } from '../../core/bundle/manifest';
import { readContextEntry } from '../contextRecords/bundleEntry';
import { replaceContext } from '../contextRecords/held';

export interface ImportReport {
  exporter: string;
  signer: string;
  sequence: number;
  created: string;
  newChanges: number;
  /** New changes per register. */
  perRegister: Record<string, number>;
  recordsTouched: number;
  conflicts: { register: string; recordId: string }[];
  /** Per author, what is still missing after this bundle: an earlier bundle not yet imported. */
  gaps: { author: string; missing: number[]; awaitingParents: number }[];
  /** Changes stamped more than a day ahead of this computer's clock: kept, but their clock was not adopted. */
  clockWarnings: number;
  /** The enrolment bundle: the office key is now pinned here and the roster in force. */
  enrolment: boolean;
  rosterVersion: number;
  preview: boolean;
}

/** Thrown inside the transaction to roll a preview back; never leaves this file. */
class PreviewRollback extends Error {
  constructor(readonly report: ImportReport) {
    super('preview');
  }
}

/**
 * Holes in what is held of an author: sequence numbers between the lowest and highest held that are missing,
 * and changes whose parents have not arrived (the first hundred of each, to keep reports short). Both mean a
 * bundle from that author is still to come; ordering waits on nothing, the report only says so.
 */
function gapsOf(ctx: ServiceContext, author: string): { missing: number[]; awaitingParents: number } {
  // The office sends a department only the changes it may see, its own and those it relays, so every
  // author's sequence numbers there have holes by design.
  const filtered = ctx.self.role === 'department';
  const seqs = filtered
    ? []
    : (ctx.sqlite.prepare('SELECT "authorSeq" FROM "changeLog" WHERE "author" = ? ORDER BY "authorSeq"').pluck().all(author) as number[]);
  const missing: number[] = [];
  for (let i = 1; i < seqs.length && missing.length < 100; i++) {
    if (isRestartJump(seqs[i - 1]!, seqs[i]!)) continue;
    for (let n = seqs[i - 1]! + 1; n < seqs[i]! && missing.length < 100; n++) missing.push(n);
  }
  const awaitingParents = ctx.sqlite
    .prepare(
      `SELECT count(*) FROM "changeLog" c, json_each(c."parents") p
       WHERE c."author" = ? AND NOT EXISTS (SELECT 1 FROM "changeLog" h WHERE h."id" = p."value")`,
    )
    .pluck()
    .get(author) as number;
  return { missing, awaitingParents };
}

/** The read-only context an office bundle brings a department's laptop; only the office sends any, only a laptop keeps it. */
async function contextForHere(
  ctx: ServiceContext,
  file: string,
  manifest: Manifest,
  exporter: InstallationDto,
): Promise<ContextRecord[] | undefined> {
  if (!manifest.entries.some((e) => e.path === contextName)) return undefined;
  if (exporter.role !== 'office') {
    throw bundleRefusal(
      '只有外事办的数据包可以附带参考记录（context.json），整个数据包未导入。',
      "Only the office's bundles may carry context records (context.json); nothing from the bundle was imported.",
    );
  }
  return ctx.self.role === 'department' ? readContextEntry(file, manifest) : undefined;
}

/** The bundle's changes this installation already holds, by id, asked in one statement. */
const heldChangeIds = (ctx: ServiceContext, changes: Change[]): Set<string> =>
  new Set(
    prepared(ctx.sqlite, 'SELECT "id" FROM "changeLog" WHERE "id" IN (SELECT "value" FROM json_each(?))')
      .pluck()
      .all(JSON.stringify(changes.map((c) => c.id))) as string[],
  );

/**
 * This installation's own changes coming back under numbers it holds other changes under: it was restored from an
 * older copy of its data folder and wrote before importing. Its old identity cannot go on; enrolling it again can
 * (trust/reEnrolment.ts).
 */
const forkedHere = (seq: number) =>
  new AppError('FORKED', {
    zh: `本机的身份已分叉：外事办已收到本机第 ${seq} 号变更的另一个版本。本机可能是从较旧的备份或副本恢复的，恢复后没有先导入外事办的数据包就写入了数据，外事办无法再以本机原来的身份接收新的变更。数据包未导入。解决办法：重新登记本机——本机换用新的身份（新密钥），数据全部保留；外事办批准后，外事办未收到的记录将以新身份重新发送。`,
    en: `This computer's identity has forked: the office holds another version of this computer's change ${seq}. It was probably restored from an older backup or copy and wrote before importing the office's bundle, so the office cannot take its new changes under its old identity. The bundle was not imported. The way out: re-enrol this computer — it takes a new identity (a new key) and keeps all its data; once the office approves it, the records the office never received are sent again under the new identity.`,
  });

/**
 * Inserts what is new. A change id already held with other content is a fork, and so is a new change under an
 * author's number already taken by another change: the author's data folder was copied onto a second machine
 * and both copies went on writing. Either refuses the bundle.
 */
function insertNew(ctx: ServiceContext, changes: Change[], held: ReadonlySet<string>): Change[] {
  const added: Change[] = [];
  // Which author numbers the bundle shares with the log, asked in one statement rather than one per change; the
  // held ids are kept up to date below, so a change repeated within the bundle meets its first copy as before.
  const heldIds = new Set(held);
  // Per author, the change held under each number.
  const numbered = new Map<string, Map<number, string>>();
  const number = (author: string, seq: number, id: string) => {
    const ofAuthor = numbered.get(author) ?? numbered.set(author, new Map()).get(author)!;
    ofAuthor.set(seq, id);
  };
  const heldNumbers = prepared(
    ctx.sqlite,
    `SELECT c."author", c."authorSeq", c."id" FROM json_each(?) j
     JOIN "changeLog" c ON c."author" = json_extract(j."value", '$[0]') AND c."authorSeq" = json_extract(j."value", '$[1]')`,
  ).all(JSON.stringify(changes.map((c) => [c.author, c.authorSeq]))) as { author: string; authorSeq: number; id: string }[];
  for (const r of heldNumbers) number(r.author, r.authorSeq, r.id);
  for (const c of changes) {
    const held = heldIds.has(c.id) ? ctx.changes.get(c.id) : undefined;
    if (!held) {
      const other = numbered.get(c.author)?.get(c.authorSeq);
      if (other !== undefined) {
        if (c.author === ctx.self.id) throw forkedHere(c.authorSeq);
        const name =
          (ctx.sqlite.prepare('SELECT "name" FROM "installation" WHERE "id" = ?').pluck().get(c.author) as string | undefined) ?? c.author;
        throw bundleRefusal(
          `${name} 的第 ${c.authorSeq} 号变更在本机已是另一条变更（分叉）：该安装可能被复制到了两台电脑上，或从旧的副本恢复后未先导入就写入了数据。数据包未导入，请查明哪台电脑是原来的；从旧副本恢复的电脑可“重新登记本机”，再由外事办批准其申请。`,
          `Change ${c.authorSeq} of ${name} is already held here as another change (a fork): the installation may have been copied onto two machines, or restored from an older copy and written to before importing. The bundle was not imported; find out which machine is the original. A computer restored from an older copy re-enrols (“re-enrol this computer”) and the office approves its request.`,
        );
      }
      ctx.changes.insert(c);
      heldIds.add(c.id);
      number(c.author, c.authorSeq, c.id);
      added.push(c);
    } else if (canonicalJson(held) !== canonicalJson(c)) {
      throw bundleRefusal(
        `变更 ${c.id} 与本机已有的同号变更内容不同（分叉），数据包未导入。`,
        `Change ${c.id} differs from the change of the same id held here (a fork); the bundle was not imported.`,
      );
    }
  }
  return added;
}

/**
 * Steps 5 to 7 of the import pipeline (docs/bundles.md) after the file checks, with the signers the
 * roster in force names (services/trust): scope, then one
 * BEGIN IMMEDIATE transaction — insert changes by id, recompute heads and conflicts, advance the clock,
 * record the bundle and its acknowledgement. Any error rolls the whole bundle back; a preview runs the same
 * transaction and rolls it back, so what it shows is exactly what an import would do.
 */
export async function importBundle(
  ctx: ServiceContext,
  file: string,
  o: {
    preview?: boolean;
    confirmOffice?: TrustDecision;
    onProgress?: OnProgress;
    beforeWrite?: (changeIds: string[]) => Promise<void>;
  } = {},
): Promise<ImportReport> {
  // A damaged database takes nothing in, not even a preview's rolled-back transaction.
  assertWritable(ctx.sqlite);
  // The roster (or, before enrolment, the office key being pinned) names every author's key, so segments the
  // office relays are checked against their own authors.
  const trust = await trustForImport(ctx, file, o.confirmOffice);
  const bundle = await readVerifiedBundle(file, trust.signers, undefined, (done, total) => o.onProgress?.({ stage: 'check', done, total }));
  // The segments to keep are deflated on zlib's threads while the changes are checked below. Should that
  // fail after a refusal, nothing awaits it: heard here, so it is not reported as unhandled.
  const packing = packArrived(bundle.segments);
  packing.catch(() => undefined);
  const { manifest } = bundle;
  trust.checkListed(manifest);
  trust.checkRevoked(ctx, manifest);
  const author = trust.installation(manifest.exporter);
  const registers = new Set(ctx.stores.keys());
  const changes = bundle.changes.map((raw) => readChange(raw, registers));
  assertVisibleHere(ctx, changes);
  const context = await contextForHere(ctx, file, manifest, author);
  assertDocumentsReferenced(manifest, changes);
  // Documents first: the records that name them should never arrive without them. A preview writes nothing.
  // The window and the command line back up first when the bundle brings many changes (services/backup).
  if (!o.preview) await o.beforeWrite?.(changes.map((c) => c.id));
  const storedFiles = o.preview ? [] : await storeBundleFiles(ctx, file, manifest);
  const arrived = await packing;

  let touchedRecords: { register: string; recordId: string; conflict: boolean }[] = [];
  const work = (): ImportReport => {
    trust.commit(ctx);
    const held = ctx.sqlite
      .prepare('SELECT "manifestSha256" FROM "bundleImport" WHERE "exporter" = ? AND "sequence" = ?')
      .pluck()
      .get(manifest.exporter, manifest.sequence);
    if (held !== undefined && held !== bundle.manifestSha256) {
      throw bundleRefusal(
        `已导入过 ${author.name} 的第 ${manifest.sequence} 号数据包，但内容不同（分叉）：可能是克隆的安装或重放，或该电脑从旧的备份或副本恢复后未先导入就写入了数据——那样的电脑可“重新登记本机”，再由外事办批准其申请。`,
        `Bundle ${manifest.sequence} from ${author.name} was imported before with other content (a fork): a cloned installation or a replay, or that computer was restored from an older backup or copy and wrote before importing — such a computer can re-enrol (“re-enrol this computer”) and the office approves its request.`,
      );
    }
    if (author.role === 'office') dropReviewCopy(ctx);
    // A laptop enrolled again: the old identity's changes the office never received are set aside, carried over below.
    const setAside = setAsideForked(ctx, changes, author, trust.listed(ctx.self.id) !== undefined);
    const heldIds = heldChangeIds(ctx, changes);
    // Every change through the one gate before any is written; those that read other records once all are in place.
    const admitted = admitArrivals(ctx, changes, trust.listed, heldIds);
    const added = insertNew(ctx, changes, heldIds);
    const clock = new ClockState(ctx.sqlite, ctx.self.id, ctx.clock);
    const clockWarnings = clock.receiveAll(added.map((c) => c.hlc));
    const touched = materialiseAll(ctx, added);
    if (context) replaceContext(ctx, context);
    checkArrivalsAgainstRecords(ctx, added, trust.listed, admitted);
    const carried = setAside ? carryOver(ctx, setAside) : [];
    touchedRecords = [...touched, ...carried];
    const perRegister: Record<string, number> = {};
    for (const c of added) perRegister[c.register] = (perRegister[c.register] ?? 0) + 1;
    if (held === undefined) {
      ctx.sqlite
        .prepare('INSERT INTO "bundleImport" ("exporter", "sequence", "manifestSha256", "importedAt", "newChanges") VALUES (?, ?, ?, ?, ?)')
        .run(manifest.exporter, manifest.sequence, bundle.manifestSha256, new Date(ctx.clock.now()).toISOString(), added.length);
    }
    keepArrived(ctx, arrived);
    recordStoredFiles(ctx, storedFiles, manifest);
    const ack = ctx.sqlite.prepare(
      `INSERT INTO "bundleAck" ("author", "seq") VALUES (?, ?) ON CONFLICT ("author") DO UPDATE SET "seq" = max("seq", excluded."seq")`,
    );
    // Its own segments coming back (the office's, which a laptop returns after the office was restored) confirm nothing.
    for (const s of manifest.segments) if (s.author !== ctx.self.id) ack.run(s.author, s.seq);
    const authors = [...new Set(changes.map((c) => c.author))];
    return {
      exporter: manifest.exporter,
      signer: author.name,
      sequence: manifest.sequence,
      created: manifest.created,
      newChanges: added.length,
      perRegister,
      recordsTouched: new Set(touchedRecords.map((t) => t.recordId)).size,
      conflicts: [
        ...new Map(touchedRecords.filter((t) => t.conflict).map(({ register, recordId }) => [recordId, { register, recordId }])).values(),
      ],
      gaps: authors.map((a) => ({ author: a, ...gapsOf(ctx, a) })).filter((g) => g.missing.length > 0 || g.awaitingParents > 0),
      clockWarnings,
      enrolment: trust.enrolment,
      rosterVersion: trust.rosterVersion,
      preview: !!o.preview,
    };
  };
  // A roster taken in may change this installation's own departments; a rollback must undo that too.
  const selfBefore = { ...ctx.self };
  // The one write transaction cannot report from inside; it says when it starts and when it is done. A preview writes nothing.
  const written = (done: number) => (o.preview ? undefined : o.onProgress?.({ stage: 'write', done, total: changes.length }));
  try {
    written(0);
    const report = ctx.sqlite
      .transaction(() => {
        const report = work();
        if (o.preview) throw new PreviewRollback(report);
        // Changes arrive past putRecord: the findings the lists show are brought up to date in the same transaction.
        refreshFindings(ctx, touchedRecords);
        return report;
      })
      .immediate();
    written(changes.length);
    // The one transaction wrote every change to the WAL (about 1 GB for 165k changes): copied into the database and
    // the WAL cut back to nothing now, rather than left on disk until the next write.
    ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return report;
  } catch (err) {
    Object.assign(ctx.self, selfBefore);
    removeStoredFiles(ctx, storedFiles);
    if (err instanceof PreviewRollback) return err.report;
    throw err;
  }
}
