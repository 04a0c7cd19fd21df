import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxFileBytes } from '../../src-main/contract';
import { filesDir } from '../../src-main/services/dataDir';
import { partnerValues, tempApp } from '../support/tempApp';

describe('signed documents', () => {
  it('copies a file into the data folder under its SHA-256 and gives it back from the record', async () => {
    const app = await tempApp();
    const bytes = Buffer.from('%PDF-1.4 签署版协议 scan');
    const ref = await app.call('files.put', { name: '协议/签署版.pdf', base64: bytes.toString('base64') });
    expect(ref).toEqual({ sha256: createHash('sha256').update(bytes).digest('hex'), name: '协议_签署版.pdf', size: bytes.length });
    const p = await app.call('records.put', { register: 'partner', values: partnerValues() });
    const a = await app.call('records.put', { register: 'agreement', values: { title: '框架协议', partner: p.id, document: ref } });
    expect(a.values.document).toEqual(ref);
    const back = await app.call('files.get', { sha256: ref.sha256 });
    expect(Buffer.from(back.base64, 'base64')).toEqual(bytes);
    await app.call('files.put', { name: 'again.pdf', base64: bytes.toString('base64') });
    expect(readdirSync(join(filesDir(app.dataDir), ref.sha256.slice(0, 2)))).toEqual([ref.sha256]);
  });

  it('refuses a file over the size limit and reports a damaged stored file', async () => {
    const app = await tempApp();
    const big = Buffer.alloc(maxFileBytes + 1, 1).toString('base64');
    expect((await app.fail('files.put', { name: 'big.bin', base64: big })).code).toBe('FILE_TOO_LARGE');
    const ref = await app.call('files.put', { name: 'a.txt', base64: Buffer.from('original').toString('base64') });
    writeFileSync(join(filesDir(app.dataDir), ref.sha256.slice(0, 2), ref.sha256), 'tampered');
    const err = await app.fail('files.get', { sha256: ref.sha256 });
    expect(err.localized.en).toContain('damaged');
  });
});
