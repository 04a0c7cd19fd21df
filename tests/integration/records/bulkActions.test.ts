import { describe, expect, it } from 'vitest';
import type { WorkProgress } from '../../../src-main/contract';
import { partnerValues, tempApp } from '../../support/tempApp';

const agreement = (partner: string, title: string) => ({ title, partner });

describe('bulk actions on the records chosen in a list', () => {
  it('deletes each record through the gate, refusing the ones still referred to, by name and reason', async () => {
    const app = await tempApp();
    const used = await app.call('records.put', {
      register: 'partner',
      values: partnerValues({ nameZh: '牛津大学', nameOriginal: 'University of Oxford' }),
    });
    const free = await app.call('records.put', {
      register: 'partner',
      values: partnerValues({ nameZh: '剑桥大学', nameOriginal: 'University of Cambridge' }),
    });
    await app.call('records.put', {
      register: 'partner',
      values: partnerValues({ nameZh: '帝国理工学院', nameOriginal: 'Imperial College London' }),
    });
    await app.call('records.put', { register: 'agreement', values: agreement(used.id, '牛津合作协议') });

    const steps: WorkProgress[] = [];
    const r = await app.send('records.bulk', { register: 'partner', action: { kind: 'delete' }, ids: [used.id, free.id] }, (p) =>
      steps.push(p),
    );
    expect(r.ok).toBe(true);
    const report = (
      r as {
        value: {
          total: number;
          done: string[];
          unchanged: string[];
          refused: { id: string; title: string; message: { zh: string; en: string } }[];
        };
      }
    ).value;
    expect(report.total).toBe(2);
    expect(report.done).toEqual([free.id]);
    expect(report.refused).toHaveLength(1);
    expect(report.refused[0]).toMatchObject({ id: used.id, title: '牛津大学' });
    expect(report.refused[0]!.message.zh).toContain('牛津合作协议');
    expect(steps.at(-1)).toEqual({ stage: 'write', done: 2, total: 2 });

    // Soft deletes, one change each, as the single delete writes them: restorable, in the history.
    expect((await app.call('records.get', { register: 'partner', id: free.id })).meta.deleted).toBe(true);
    expect((await app.call('records.get', { register: 'partner', id: used.id })).meta.deleted).toBe(false);
    expect((await app.call('records.history', { register: 'partner', id: free.id })).map((h) => h.op)).toEqual(['create', 'delete']);
    expect((await app.call('records.list', { register: 'partner' })).total).toBe(2);
  });

  it('deletes every record the search and filters match, the rest untouched', async () => {
    const app = await tempApp();
    for (const [nameZh, country] of [
      ['东京大学', 'JP'],
      ['京都大学', 'JP'],
      ['首尔大学', 'KR'],
      ['悉尼大学', 'AU'],
    ] as const) {
      await app.call('records.put', {
        register: 'partner',
        values: partnerValues({ nameZh, nameOriginal: nameZh, country, city: '某市' }),
      });
    }
    const report = await app.call('records.bulk', {
      register: 'partner',
      action: { kind: 'delete' },
      matching: { filters: { country: ['JP', 'KR'] } },
    });
    expect(report.done).toHaveLength(3);
    const left = await app.call('records.list', { register: 'partner' });
    expect(left.rows.map((p) => p.values.nameZh)).toEqual(['悉尼大学']);
  });

  it('assigns records to another department, a change per record, at the office only', async () => {
    const app = await tempApp();
    const a = await app.call('records.put', {
      register: 'partner',
      values: partnerValues({ nameZh: '东京大学', nameOriginal: 'University of Tokyo', country: 'JP' }),
    });
    const b = await app.call('records.put', {
      register: 'partner',
      values: partnerValues({ nameZh: '首尔大学', nameOriginal: 'Seoul National University', country: 'KR', department: 'LAW' }),
    });
    const report = await app.call('records.bulk', {
      register: 'partner',
      action: { kind: 'assignDepartment', department: 'LAW' },
      ids: [a.id, b.id],
    });
    expect(report).toMatchObject({ total: 2, done: [a.id], unchanged: [b.id], refused: [] });
    expect((await app.call('records.get', { register: 'partner', id: a.id })).department).toBe('LAW');
    const history = await app.call('records.history', { register: 'partner', id: a.id });
    expect(history.at(-1)!.changes.map((c) => c.field)).toEqual(['department']);

    // A department that does not exist is the gate's refusal for each record; nothing is written.
    const unknown = await app.call('records.bulk', {
      register: 'partner',
      action: { kind: 'assignDepartment', department: 'NOPE' },
      ids: [a.id],
    });
    expect(unknown.done).toEqual([]);
    expect(unknown.refused[0]!.message.zh).toContain('部门');
    expect((await app.call('records.get', { register: 'partner', id: a.id })).department).toBe('LAW');

    // Registers whose records belong to no department have nothing to assign.
    const rule = (await app.call('records.list', { register: 'rule', limit: 1 })).rows[0]!;
    expect(
      (await app.fail('records.bulk', { register: 'rule', action: { kind: 'assignDepartment', department: 'LAW' }, ids: [rule.id] })).code,
    ).toBe('VALIDATION');
  });

  it('refuses a department laptop the reassignment whole, and reports its deletes out of its scope per record', async () => {
    const laptop = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    const own = await laptop.call('records.put', { register: 'partner', values: partnerValues() });
    const err = await laptop.fail('records.bulk', {
      register: 'partner',
      action: { kind: 'assignDepartment', department: 'ECM' },
      ids: [own.id],
    });
    expect(err.code).toBe('FORBIDDEN');
    expect(err.localized.zh).toContain('外事办');
    expect((await laptop.call('records.get', { register: 'partner', id: own.id })).department).toBe('LAW');

    // A department (the office's reference data) is not the laptop's to delete: refused, named, and still there.
    const dept = (await laptop.call('records.list', { register: 'department', limit: 1 })).rows[0]!;
    const refused = await laptop.fail('records.bulk', { register: 'department', action: { kind: 'delete' }, ids: [dept.id] });
    expect(refused.code).toBe('FORBIDDEN');
    const missing = '0190f2a0-0000-7000-8000-000000000000';
    const report = await laptop.call('records.bulk', { register: 'partner', action: { kind: 'delete' }, ids: [own.id, missing] });
    expect(report.done).toEqual([own.id]);
    expect(report.refused).toEqual([{ id: missing, title: '', message: { zh: '找不到该记录', en: 'No such record' } }]);

    const review = await tempApp({ name: '领导审阅', role: 'review', departments: [] });
    expect((await review.fail('records.bulk', { register: 'partner', action: { kind: 'delete' }, matching: {} })).code).toBe('READ_ONLY');
  });
});
