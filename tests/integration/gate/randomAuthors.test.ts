import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FieldValue } from '../../../src-main/contract';
import { pickOne, seededRandom } from '../../../src-main/core/random';
import { findRegister, ownerDepartment } from '../../../src-main/core/registers';
import { validateValues } from '../../../src-main/core/validate';
import { exportBundle } from '../../../src-main/services/bundle/exportBundle';
import { sealNewSegments } from '../../../src-main/services/bundle/segments';
import { importBundle } from '../../../src-main/services/bundle/importBundle';
import { blankValues } from '../../../src-main/services/demo/agreements';
import { revoke } from '../../../src-main/services/trust/enrol';
import { enrolAtOffice } from '../../support/enrolment';
import { forgeChange } from '../../support/forge';
import { partnerValues, tempApp, tempDir, type TestApp } from '../../support/tempApp';

/**
 * A property of the one gate: whatever changes random authors sign (the office, two department laptops, a review
 * computer, a revoked laptop), written past their own program and delivered in bundles, the installation that
 * imports them never holds a record outside its author's scope, a value its register does not allow, or one id
 * in two registers. Refused bundles are expected; what is taken must keep the promises.
 */

const seeds = [7, 18, 20261207];
const rounds = 30;

type Rand = () => number;
const registers = ['partner', 'agreement', 'person'] as const;
const departments = ['LAW', 'ECM', 'FAO', 'NOPE'];

/** A record image, valid or spoiled in one of the ways a forger might try. */
function image(rand: Rand, register: (typeof registers)[number], department: string, partners: string[]): Record<string, FieldValue> {
  const base: Record<string, FieldValue> =
    register === 'partner'
      ? { ...blankValues('partner'), ...partnerValues({ nameZh: `伙伴${Math.floor(rand() * 1000)}`, department }) }
      : register === 'agreement'
        ? {
            ...blankValues('agreement'),
            title: `协议${Math.floor(rand() * 1000)}`,
            partner: partners.length ? pickOne(rand, partners) : null,
            department,
          }
        : { ...blankValues('person'), name: `人员${Math.floor(rand() * 1000)}`, category: 'teacher', department };
  const spoil = rand();
  if (spoil < 0.15) return { ...base, department: 'NOPE' };
  if (spoil < 0.25) return { ...base, status: 'bogus' };
  if (spoil < 0.35)
    return register === 'agreement' ? { ...base, signedDate: '2026-02-31' } : { ...base, city: 42 as unknown as FieldValue };
  if (spoil < 0.4) return { ...base, unknownField: 'x' };
  return base;
}

interface Cast {
  office: TestApp;
  law: TestApp;
  ecm: TestApp;
  review: TestApp;
  revoked: TestApp;
}

async function cast(): Promise<Cast> {
  const office = await tempApp();
  const law = await tempApp({ name: '法学院', role: 'department', departments: ['LAW'] });
  const ecm = await tempApp({ name: '经管学院', role: 'department', departments: ['ECM'] });
  const review = await tempApp({ name: '领导审阅', role: 'review', departments: [] });
  const revoked = await tempApp({ name: '丢失的笔记本', role: 'department', departments: ['LAW'] });
  for (const app of [law, ecm, review, revoked]) await enrolAtOffice(office, app);
  revoke(office.ctx, revoked.ctx.self.id);
  return { office, law, ecm, review, revoked };
}

/** What the receiver took from others must keep the promises, whatever it was offered (its own forgeries are not at issue). */
function assertPromisesKept(receiver: TestApp, label: string): void {
  const sqlite = receiver.ctx.sqlite;
  const authors = new Map(
    (
      sqlite.prepare('SELECT "id", "role", "departments", "status" FROM "installation"').all() as {
        id: string;
        role: string;
        departments: string;
        status: string;
      }[]
    ).map((r) => [r.id, { role: r.role, departments: JSON.parse(r.departments) as string[] }]),
  );
  // A change taken in under an id the log already filed under another register.
  const filed = sqlite
    .prepare(
      'SELECT c."recordId" FROM "changeLog" c JOIN "changeLog" d ON d."recordId" = c."recordId" AND d."register" <> c."register" AND d."seq" < c."seq" WHERE c."author" <> ?',
    )
    .all(receiver.ctx.self.id);
  expect(filed, `${label}: an id in two registers`).toEqual([]);
  const changes = sqlite.prepare('SELECT "register", "recordId", "data", "department", "author" FROM "changeLog"').all() as {
    register: string;
    recordId: string;
    data: string | null;
    department: string;
    author: string;
  }[];
  const codes = new Set(sqlite.prepare('SELECT "code" FROM "department"').pluck().all() as string[]);
  for (const c of changes) {
    if (c.author === receiver.ctx.self.id) continue;
    const author = authors.get(c.author);
    expect(author, `${label}: a change by an unknown author`).toBeDefined();
    expect(author!.role, `${label}: a change by a review computer`).not.toBe('review');
    const def = findRegister(c.register)!;
    if (author!.role === 'department')
      expect(author!.departments, `${label}: ${c.register} ${c.recordId} outside its author's departments`).toContain(c.department);
    if (!c.data) continue;
    const values = JSON.parse(c.data) as Record<string, FieldValue>;
    expect(ownerDepartment(def, values), `${label}: a change's department is not its record's`).toBe(c.department);
    expect(
      validateValues(def, values, { departments: codes }).issues,
      `${label}: ${c.register} ${c.recordId} holds values its register refuses`,
    ).toEqual([]);
  }
}

describe('random changes by random authors, through the one gate', () => {
  for (const seed of seeds) {
    it(`never leave a record outside its author's scope, an invalid value or an id in two registers (seed ${seed})`, async () => {
      const rand = seededRandom(seed);
      const c = await cast();
      const dir = tempDir();
      let n = 0;
      const ids: Record<string, string[]> = { partner: [], agreement: [], person: [] };
      // Both outcomes must occur, or the property says nothing.
      const outcomes = { taken: 0, refused: 0 };
      const offer = (at: TestApp, file: string) =>
        importBundle(at.ctx, file).then(
          (r) => void (r.newChanges > 0 && outcomes.taken++),
          () => void outcomes.refused++,
        );
      for (let round = 0; round < rounds; round++) {
        const who = pickOne(rand, ['office', 'law', 'ecm', 'review', 'revoked'] as const);
        const author = c[who];
        const own = who === 'law' || who === 'revoked' ? 'LAW' : who === 'ecm' ? 'ECM' : pickOne(rand, ['LAW', 'FAO']);
        // Most changes are what an honest program writes (the author's own department, a sound image, the head it
        // saw as parent); the rest are forged in one way or another.
        const honest = rand() < 0.6;
        const register = pickOne(rand, [...registers]);
        const existing = ids[register]!.filter((id) => !honest || author.ctx.stores.get(register)!.get(id));
        const anyId = Object.values(ids).flat();
        const recordId =
          honest && existing.length && rand() < 0.5
            ? pickOne(rand, existing)
            : !honest && anyId.length && rand() < 0.5
              ? pickOne(rand, anyId)
              : `01a30000-0000-7000-8000-${String(seed % 1000).padStart(4, '0')}${String(round).padStart(8, '0')}`;
        const department = honest ? own : pickOne(rand, departments);
        const heads = author.ctx.sqlite
          .prepare(
            'SELECT "head" FROM "partner" WHERE "id" = ? UNION SELECT "head" FROM "agreement" WHERE "id" = ? UNION SELECT "head" FROM "person" WHERE "id" = ?',
          )
          .pluck()
          .all(recordId, recordId, recordId) as string[];
        const parents = honest || rand() < 0.5 ? heads : [];
        const op = rand() < 0.15 ? 'delete' : 'put';
        const values =
          op === 'put'
            ? honest
              ? image(() => 0.99, register, department, ids.partner!)
              : image(rand, register, department, ids.partner!)
            : null;
        try {
          forgeChange(author, register, recordId, op, values, honest || rand() < 0.8 ? department : pickOne(rand, departments), parents);
        } catch {
          continue;
        }
        if (!ids[register]!.includes(recordId)) ids[register]!.push(recordId);
        const file = join(dir, `round-${++n}.waiban`);
        if (who === 'office') {
          await exportBundle(c.office.ctx, { out: file, to: 'department:LAW' });
          await offer(c.law, file);
          assertPromisesKept(c.law, `seed ${seed} round ${round} (office -> LAW)`);
          // The office's stream carries every segment it cut for the Law School; a refused one is dropped here so the
          // rounds after it are offered on their own (the office is the root of trust: a forged office is no test of it).
          c.office.ctx.sqlite
            .prepare(
              `DELETE FROM "streamSegment" WHERE "stream" = 'department:LAW' AND "seq" = (SELECT max("seq") FROM "streamSegment" WHERE "stream" = 'department:LAW')`,
            )
            .run();
          continue;
        }
        // A review computer's own program exports nothing; a tampered one does.
        const role = author.ctx.self.role;
        Object.assign(author.ctx.self, { role: 'department' });
        await exportBundle(author.ctx, { out: file }).finally(() => Object.assign(author.ctx.self, { role }));
        // What was offered once is not offered again, taken or not.
        sealNewSegments(author.ctx);
        author.ctx.sqlite
          .prepare(
            'INSERT OR REPLACE INTO "bundleAck" ("author", "seq") SELECT "author", max("seq") FROM "bundleSegment" GROUP BY "author"',
          )
          .run();
        await offer(c.office, file);
        assertPromisesKept(c.office, `seed ${seed} round ${round} (${who} -> office)`);
      }
      expect(outcomes.taken).toBeGreaterThan(2);
      expect(outcomes.refused).toBeGreaterThan(2);
    });
  }
});
