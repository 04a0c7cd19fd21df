import { readFileSync, statSync } from 'node:fs';
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { registers } from '../../src-main/core/registers';
import { validateValues } from '../../src-main/core/validate';
import { keyFile } from '../../src-main/services/dataDir';
import { liveDepartmentCodes } from '../../src-main/services/departmentNames';
import { tempApp } from '../support/tempApp';

describe('a new installation', () => {
  it("starts as the office with the university's departments and the 13th plan", async () => {
    const app = await tempApp();
    const info = await app.call('app.info', {});
    expect(info.installation).toMatchObject({ role: 'office', departments: ['FAO'], name: '外事办工作站' });
    const departments = await app.call('records.list', { register: 'department', limit: 100 });
    const codes = departments.rows.map((d) => d.values.code);
    expect(codes).toEqual(expect.arrayContaining(['FAO', 'AAO', 'GSO', 'RES', 'HRO', 'LOG', 'OPD', 'FIN', 'TUC']));
    expect(departments.rows.filter((d) => d.values.kind === 'academic').length).toBeGreaterThanOrEqual(5);
    const targets = await app.call('records.list', { register: 'planTarget', limit: 100 });
    expect(targets.rows.map((t) => t.values.code)).toEqual(Array.from({ length: 16 }, (_, i) => `T${i + 1}`));
    expect(targets.rows.find((t) => t.values.code === 'T1')!.values).toMatchObject({ targetMin: 30, dueYear: 2020 });
    expect((await app.call('records.list', { register: 'planTask' })).total).toBe(9);
  });

  it("ships defaults that pass their own registers' validation", async () => {
    const app = await tempApp();
    const departments = liveDepartmentCodes(app.ctx);
    for (const def of registers) {
      const page = await app.call('records.list', { register: def.name, limit: 500 });
      for (const row of page.rows) expect(validateValues(def, row.values, { departments }).issues, `${def.name} ${row.id}`).toEqual([]);
    }
  });

  it('keeps an Ed25519 key pair: the private key in an owner-only file, the public key in the database', async () => {
    const app = await tempApp();
    const file = keyFile(app.dataDir);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o077).toBe(0);
    const privateKey = createPrivateKey(readFileSync(file, 'utf8'));
    const row = app.ctx.sqlite.prepare('SELECT publicKey, keyId FROM installation WHERE isSelf = 1').get() as {
      publicKey: Buffer;
      keyId: string;
    };
    const publicKey = createPublicKey({
      key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), row.publicKey]),
      format: 'der',
      type: 'spki',
    });
    const message = Buffer.from('外办台账');
    expect(verify(null, message, publicKey, sign(null, message, privateKey))).toBe(true);
    expect(row.keyId).toMatch(/^[0-9A-F]{16}$/);
    expect((await app.call('app.info', {})).installation.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
  });

  it('remembers display settings in the database', async () => {
    const app = await tempApp();
    expect(await app.call('settings.get', {})).toMatchObject({ locale: 'zh', colorScheme: 'auto' });
    await app.call('settings.set', { locale: 'en' });
    expect(await app.call('settings.get', {})).toMatchObject({ locale: 'en', colorScheme: 'auto' });
  });

  it('keeps each register’s list preferences, one register’s save leaving the others', async () => {
    const app = await tempApp();
    expect((await app.call('settings.get', {})).lists).toEqual({});
    const trips = {
      columns: ['title', 'status', 'partner'],
      widths: { title: 320 },
      saved: [{ name: '待审批', filters: { status: ['submitted', 'approved'] } }],
    };
    await app.call('settings.set', { lists: { delegation: trips } });
    await app.call('settings.set', { lists: { partner: { columns: ['nameZh', 'country'] } } });
    await app.call('settings.set', { locale: 'en' });
    expect((await app.call('settings.get', {})).lists).toEqual({ delegation: trips, partner: { columns: ['nameZh', 'country'] } });
    // A nameless saved filter or an absurd width is refused, and nothing changes.
    expect((await app.fail('settings.set', { lists: { delegation: { saved: [{ name: ' ', filters: {} }] } } })).code).toBe('VALIDATION');
    expect((await app.fail('settings.set', { lists: { delegation: { widths: { title: 5 } } } })).code).toBe('VALIDATION');
    expect((await app.call('settings.get', {})).lists.delegation).toEqual(trips);
  });
});
