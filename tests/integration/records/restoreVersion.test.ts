import { describe, expect, it } from 'vitest';
import { approvedTrip, changeCount } from '../../support/delegations';
import { partnerValues, tempApp, tempDir } from '../../support/tempApp';
import { json, waiban } from '../../support/cli';
import { join } from 'node:path';

describe('an earlier version of a record is restored as a new change', () => {
  it('puts back the values of the chosen version, keeps every version in history and names it a new edit', async () => {
    const app = await tempApp();
    const first = await app.call('records.put', { register: 'partner', values: partnerValues({ city: '伦敦' }) });
    const second = await app.call('records.put', {
      register: 'partner',
      id: first.id,
      baseHead: first.meta.head,
      values: { city: '曼彻斯特', nameOriginal: 'UCL' },
    });
    const history = await app.call('records.history', { register: 'partner', id: first.id });
    expect(history.map((h) => h.op)).toEqual(['create', 'put']);

    const restored = await app.call('records.restoreVersion', {
      register: 'partner',
      id: first.id,
      changeId: history[0]!.changeId,
      baseHead: second.meta.head,
    });
    expect(restored.values).toMatchObject({ city: '伦敦', nameOriginal: 'University College London' });
    expect(restored.meta.head).not.toBe(second.meta.head);
    const after = await app.call('records.history', { register: 'partner', id: first.id });
    expect(after.map((h) => h.op)).toEqual(['create', 'put', 'put']);
    expect(after[2]!.changes.map((c) => [c.field, c.before, c.after])).toEqual([
      ['nameOriginal', 'UCL', 'University College London'],
      ['city', '曼彻斯特', '伦敦'],
    ]);
  });

  it('refuses a version the record already has, one from another record and one seen out of date, writing nothing', async () => {
    const app = await tempApp();
    const a = await app.call('records.put', { register: 'partner', values: partnerValues() });
    const b = await app.call('records.put', {
      register: 'partner',
      values: partnerValues({ nameZh: '爱丁堡大学', nameOriginal: 'University of Edinburgh' }),
    });
    const a2 = await app.call('records.put', { register: 'partner', id: a.id, baseHead: a.meta.head, values: { city: '牛津' } });
    const before = changeCount(app);

    const same = await app.fail('records.restoreVersion', { register: 'partner', id: a.id, changeId: a2.meta.head });
    expect(same.localized.zh).toContain('与当前内容相同');
    const foreign = await app.fail('records.restoreVersion', { register: 'partner', id: a.id, changeId: b.meta.head });
    expect(foreign.code).toBe('NOT_FOUND');
    expect(foreign.localized.en).toContain("not in the record's history");
    const stale = await app.fail('records.restoreVersion', { register: 'partner', id: a.id, changeId: a.meta.head, baseHead: a.meta.head });
    expect(stale.code).toBe('CONFLICT');
    expect(changeCount(app)).toBe(before);
  });

  it('passes the gate: an approved trip cannot be taken back to a version before its approval', async () => {
    const app = await tempApp();
    const trip = await approvedTrip(app);
    const history = await app.call('records.history', { register: 'delegation', id: trip.id });
    const draft = history.find((h) => h.op === 'create')!;
    const before = changeCount(app);
    const refused = await app.fail('records.restoreVersion', { register: 'delegation', id: trip.id, changeId: draft.changeId });
    expect(refused.localized.zh).toMatch(/状态|已批准/);
    expect(changeCount(app)).toBe(before);
    expect((await app.call('records.get', { register: 'delegation', id: trip.id })).values.status).toBe('approved');
  });

  it('has a command: records restore-version --change', async () => {
    const dir = join(tempDir(), 'data');
    expect(waiban(dir, ['init']).code).toBe(0);
    const made = json(waiban(dir, ['records', 'put', '--register', 'partner'], JSON.stringify(partnerValues())).out);
    waiban(dir, ['records', 'put', '--register', 'partner', '--id', made.id], JSON.stringify({ city: '剑桥' }));
    const history = JSON.parse(waiban(dir, ['records', 'history', '--register', 'partner', '--id', made.id]).out) as { changeId: string }[];
    const r = waiban(dir, ['records', 'restore-version', '--register', 'partner', '--id', made.id, '--change', history[0]!.changeId]);
    expect(r.err).toBe('');
    expect(json(r.out).values.city).toBe('伦敦');
    const missing = waiban(dir, ['records', 'restore-version', '--register', 'partner', '--id', made.id]);
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain('--change');
  }, 180_000);
});
