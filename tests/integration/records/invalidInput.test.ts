import { describe, expect, it } from 'vitest';
import { partnerValues, tempApp } from '../../support/tempApp';

describe('invalid input changes nothing', () => {
  it('names each bad field in Chinese and English and writes no change', async () => {
    const app = await tempApp();
    const before = app.ctx.sqlite.prepare('SELECT count(*) AS n FROM changeLog').get();
    const err = await app.fail('records.put', {
      register: 'agreement',
      values: { title: '', partner: '01a21e64-797a-72f9-9697-3be669a7d03b', type: 'nope', signedDate: '2024-13-01' },
    });
    expect(err.code).toBe('VALIDATION');
    expect(err.issues!.map((i) => i.field).sort()).toEqual(['signedDate', 'title', 'type']);
    expect(err.issues!.find((i) => i.field === 'title')!.message).toEqual({ zh: '协议名称：必填', en: 'Title: required' });
    expect(app.ctx.sqlite.prepare('SELECT count(*) AS n FROM changeLog').get()).toEqual(before);
  });

  it('refuses a reference to a record that does not exist', async () => {
    const app = await tempApp();
    const err = await app.fail('records.put', {
      register: 'agreement',
      values: { title: '协议', partner: '01a21e64-797a-72f9-9697-3be669a7d03b' },
    });
    expect(err.issues?.[0]?.field).toBe('partner');
  });

  it('refuses malformed requests at the contract, before any service runs', async () => {
    const app = await tempApp();
    expect((await app.fail('records.put', { register: 'partner', values: { nameZh: { nested: true } } })).code).toBe('VALIDATION');
    expect((await app.fail('records.get', { register: 'partner', id: 'not-a-uuid' })).code).toBe('VALIDATION');
    expect((await app.fail('records.list', { register: 'partner', extra: 1 })).code).toBe('VALIDATION');
    expect((await app.fail('no.such.channel' as 'app.info', {})).code).toBe('UNKNOWN_CHANNEL');
    expect((await app.fail('records.list', { register: 'nope' })).code).toBe('UNKNOWN_REGISTER');
    expect((await app.fail('records.list', { register: 'partner', filters: { colour: 'red' } })).code).toBe('VALIDATION');
    expect((await app.fail('records.list', { register: 'partner', sort: { field: 'notes', direction: 'asc' } })).code).toBe('VALIDATION');
    expect((await app.fail('records.list', { register: 'partner', after: 'garbage' })).code).toBe('VALIDATION');
  });

  it('refuses editing a deleted record until it is restored', async () => {
    const app = await tempApp();
    const p = await app.call('records.put', { register: 'partner', values: partnerValues() });
    await app.call('records.delete', { register: 'partner', id: p.id });
    expect((await app.fail('records.put', { register: 'partner', id: p.id, values: { city: 'x' } })).code).toBe('CONFLICT');
  });
});
