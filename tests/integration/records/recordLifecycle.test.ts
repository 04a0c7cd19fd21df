import { describe, expect, it } from 'vitest';
import { partnerValues, tempApp } from '../../support/tempApp';

describe('a record from creation to restore', () => {
  it('creates, edits, deletes and restores, and the history says who changed which fields', async () => {
    const app = await tempApp();
    const created = await app.call('records.put', { register: 'partner', values: partnerValues() });
    expect(created.values.backgroundReview).toBe('notStarted');
    expect(created.department).toBe('FAO');

    const edited = await app.call('records.put', {
      register: 'partner',
      id: created.id,
      baseHead: created.meta.head,
      values: { ...created.values, city: '伦敦市', website: 'https://www.ucl.ac.uk' },
    });
    expect(edited.values.city).toBe('伦敦市');
    expect(edited.meta.version > created.meta.version).toBe(true);

    const deleted = await app.call('records.delete', { register: 'partner', id: created.id });
    expect(deleted.meta.deleted).toBe(true);
    expect((await app.call('records.list', { register: 'partner' })).total).toBe(0);
    expect((await app.call('records.list', { register: 'partner', onlyDeleted: true })).rows.map((r) => r.id)).toEqual([created.id]);

    const restored = await app.call('records.restore', { register: 'partner', id: created.id });
    expect(restored.meta.deleted).toBe(false);
    expect(restored.values).toEqual(edited.values);

    const history = await app.call('records.history', { register: 'partner', id: created.id });
    expect(history.map((h) => h.op)).toEqual(['create', 'put', 'delete', 'restore']);
    expect(history.every((h) => h.authorName === '外事办工作站')).toBe(true);
    expect(history[1]!.changes.map((c) => c.field).sort()).toEqual(['city', 'website']);
    expect(history[1]!.changes.find((c) => c.field === 'city')).toEqual({ field: 'city', before: '伦敦', after: '伦敦市' });
    expect(history[3]!.changes).toEqual([]);
  });

  it('writes every edit as an immutable change whose parents are the heads it replaced', async () => {
    const app = await tempApp();
    const a = await app.call('records.put', { register: 'partner', values: partnerValues() });
    const b = await app.call('records.put', { register: 'partner', id: a.id, values: { city: '伦敦市' } });
    const c = await app.call('records.delete', { register: 'partner', id: a.id });
    const log = app.ctx.changes.forRecord(a.id);
    expect(log.map((x) => [x.id, x.op, x.parents])).toEqual([
      [a.meta.head, 'put', []],
      [b.meta.head, 'put', [a.meta.head]],
      [c.meta.head, 'delete', [b.meta.head]],
    ]);
    expect(log.map((x) => x.authorSeq)).toEqual([1, 2, 3].map((n) => n + log[0]!.authorSeq - 1));
    expect(log.every((x) => x.author === app.ctx.self.id && x.department === 'FAO')).toBe(true);
    expect(log[0]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('rebuilds the same register table from the change log alone', async () => {
    const app = await tempApp();
    const p = await app.call('records.put', { register: 'partner', values: partnerValues() });
    await app.call('records.put', { register: 'partner', id: p.id, values: { notes: '第二版' } });
    const stored = app.ctx.stores.get('partner')!;
    const row = stored.get(p.id)!;
    const last = app.ctx.changes.forRecord(p.id).at(-1)!;
    expect(last.data).toEqual(stored.values(row));
    expect(row.head).toBe(last.id);
    expect(row.version).toBe(last.hlc);
  });

  it('refuses an edit based on a version that has since changed', async () => {
    const app = await tempApp();
    const p = await app.call('records.put', { register: 'partner', values: partnerValues() });
    await app.call('records.put', { register: 'partner', id: p.id, baseHead: p.meta.head, values: { city: '剑桥' } });
    const err = await app.fail('records.put', { register: 'partner', id: p.id, baseHead: p.meta.head, values: { city: '牛津' } });
    expect(err.code).toBe('CONFLICT');
    expect((await app.call('records.get', { register: 'partner', id: p.id })).values.city).toBe('剑桥');
  });

  it('will not delete a partner that agreements still refer to', async () => {
    const app = await tempApp();
    const p = await app.call('records.put', { register: 'partner', values: partnerValues() });
    await app.call('records.put', { register: 'agreement', values: { title: '学生交流协议', partner: p.id } });
    const err = await app.fail('records.delete', { register: 'partner', id: p.id });
    expect(err.code).toBe('IN_USE');
    expect(err.localized.zh).toContain('合作协议 1 条');
  });

  it('keeps department codes unique among live departments', async () => {
    const app = await tempApp();
    const err = await app.fail('records.put', {
      register: 'department',
      values: { code: 'LAW', nameZh: '另一个法学院', kind: 'academic' },
    });
    expect(err.code).toBe('VALIDATION');
    expect(err.issues?.[0]?.field).toBe('code');
  });
});
