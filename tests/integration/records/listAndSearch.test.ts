import { describe, expect, it } from 'vitest';
import type { RecordDto } from '../../../src-main/contract';
import { addDays } from '../../../src-main/core/expiry';
import { addDemoData } from '../../../src-main/services/demo';
import { partnerValues, tempApp, type TestApp } from '../../support/tempApp';

const today = '2026-11-27';

async function withPartnersAndAgreements(app: TestApp) {
  const ucl = await app.call('records.put', { register: 'partner', values: partnerValues() });
  const tokyo = await app.call('records.put', {
    register: 'partner',
    values: partnerValues({ nameZh: '东京大学', nameOriginal: 'The University of Tokyo', country: 'JP', city: '东京' }),
  });
  const agreement = (title: string, partner: string, over: Record<string, unknown> = {}) =>
    app.call('records.put', { register: 'agreement', values: { title, partner, ...over } });
  const soon = await agreement('学生交流协议', ucl.id, { status: 'draft', signedDate: '2022-01-01', expiryDate: addDays(today, 45) });
  await app.call('records.put', { register: 'agreement', id: soon.id, values: { status: 'underReview' } });
  const inForce = await app.call('records.put', { register: 'agreement', id: soon.id, values: { status: 'active' } });
  const far = await agreement('科研合作协议', tokyo.id, { signedDate: '2025-01-01', expiryDate: addDays(today, 400) });
  return { ucl, tokyo, inForce, far };
}

const ids = (rows: RecordDto[]) => rows.map((r) => r.id).sort();

describe('list views', () => {
  it("finds records with a two-character Chinese query, and agreements by their partner's name", async () => {
    const app = await tempApp();
    const { ucl, inForce } = await withPartnersAndAgreements(app);
    expect(ids((await app.call('records.list', { register: 'partner', search: '伦敦' })).rows)).toEqual([ucl.id]);
    expect(ids((await app.call('records.list', { register: 'agreement', search: '伦敦' })).rows)).toEqual([inForce.id]);
    expect(ids((await app.call('records.list', { register: 'agreement', search: '伦敦大学学院' })).rows)).toEqual([inForce.id]);
    expect((await app.call('records.list', { register: 'agreement', search: '巴黎' })).total).toBe(0);
  });

  it("searches ignoring case and full-width letters, and by a country's name", async () => {
    const app = await tempApp();
    const { ucl } = await withPartnersAndAgreements(app);
    expect(ids((await app.call('records.list', { register: 'partner', search: 'ＣＯＬＬＥＧＥ' })).rows)).toEqual([ucl.id]);
    expect(ids((await app.call('records.list', { register: 'partner', search: 'college london' })).rows)).toEqual([ucl.id]);
    expect(ids((await app.call('records.list', { register: 'partner', search: '英国' })).rows)).toEqual([ucl.id]);
    expect((await app.call('records.list', { register: 'partner', search: '100%' })).total).toBe(0);
  });

  it('finds agreements by the new name after a partner is renamed', async () => {
    const app = await tempApp();
    const { ucl, inForce } = await withPartnersAndAgreements(app);
    await app.call('records.put', { register: 'partner', id: ucl.id, values: { nameZh: '伦敦大学学院（UCL）' } });
    expect(ids((await app.call('records.list', { register: 'agreement', search: '（UCL）' })).rows)).toEqual([inForce.id]);
  });

  it("filters by status, type, department, the partner's country and the expiry window", async () => {
    const app = await tempApp();
    const { inForce, far } = await withPartnersAndAgreements(app);
    const list = (filters: Record<string, string>) => app.call('records.list', { register: 'agreement', filters }).then((p) => ids(p.rows));
    expect(await list({ status: 'active' })).toEqual([inForce.id]);
    expect(await list({ country: 'JP' })).toEqual([far.id]);
    expect(await list({ expiresWithin: '90' })).toEqual([inForce.id]);
    expect(await list({ expiresWithin: '30' })).toEqual([]);
    expect(await list({ department: 'FAO', type: 'frameworkMou' })).toEqual([inForce.id, far.id].sort());
  });

  it('marks an agreement in force within 90 days of expiry', async () => {
    const app = await tempApp();
    const { inForce, far } = await withPartnersAndAgreements(app);
    expect((await app.call('records.get', { register: 'agreement', id: inForce.id })).expiry).toEqual({ kind: 'expiresSoon', days: 45 });
    expect((await app.call('records.get', { register: 'agreement', id: far.id })).expiry).toBeUndefined();
  });

  it('pages through every row exactly once, in order, whatever the sort and however many share a value', async () => {
    const app = await tempApp();
    addDemoData(app.ctx, app.writer, 730, 7);
    for (const sort of [
      { field: 'expiryDate', direction: 'asc' as const },
      { field: 'expiryDate', direction: 'desc' as const },
      { field: 'status', direction: 'asc' as const },
      { field: 'updatedAt', direction: 'desc' as const },
    ]) {
      const seen: RecordDto[] = [];
      let after: string | undefined;
      do {
        const page = await app.call('records.list', { register: 'agreement', sort, limit: 97, ...(after ? { after } : {}) });
        expect(page.total).toBe(730);
        seen.push(...page.rows);
        after = page.next;
      } while (after);
      expect(new Set(seen.map((r) => r.id)).size).toBe(730);
      const keys = seen.map((r) => (sort.field === 'updatedAt' ? r.meta.updatedAt : (r.values[sort.field] as string | null)));
      // SQLite puts NULL first ascending, last descending: ranking it lowest gives both.
      const rank = (k: string | null) => k ?? '';
      const sorted = [...keys].sort((a, b) => (sort.direction === 'asc' ? rank(a).localeCompare(rank(b)) : rank(b).localeCompare(rank(a))));
      expect(keys).toEqual(sorted);
    }
  });
});
