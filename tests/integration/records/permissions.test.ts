import { describe, expect, it } from 'vitest';
import { partnerValues, tempApp } from '../../support/tempApp';

describe('who may write what', () => {
  it("lets a department laptop write only its own department's records", async () => {
    const app = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    const own = await app.call('records.put', { register: 'partner', values: partnerValues() });
    expect(own.department).toBe('LAW');
    const other = await app.fail('records.put', { register: 'partner', values: partnerValues({ department: 'ECM' }) });
    expect(other.code).toBe('FORBIDDEN');
    const moveOut = await app.fail('records.put', { register: 'partner', id: own.id, values: { department: 'ECM' } });
    expect(moveOut.code).toBe('FORBIDDEN');
    expect((await app.call('records.get', { register: 'partner', id: own.id })).department).toBe('LAW');
  });

  it('keeps reference data to the office', async () => {
    const app = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    const err = await app.fail('records.put', { register: 'department', values: { code: 'NEW', nameZh: '新部门', kind: 'academic' } });
    expect(err.code).toBe('FORBIDDEN');
    expect(err.localized.zh).toContain('外事办');
  });

  it('lets a review installation read everything and write nothing', async () => {
    const app = await tempApp({ name: '领导审阅', role: 'review', departments: [] });
    expect((await app.call('records.list', { register: 'department' })).total).toBe(18);
    expect((await app.fail('records.put', { register: 'partner', values: partnerValues() })).code).toBe('READ_ONLY');
    expect((await app.call('app.info', {})).readOnly).toBe(true);
  });
});
