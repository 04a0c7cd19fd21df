import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesDir } from '../../src-main/services/dataDir';
import { maxDocumentBytes } from '../../src-main/services/files';
import { attach, partnerValues, tempApp, tempDir } from '../support/tempApp';

describe('signed documents', () => {
  it('copies a picked file into the data folder under its SHA-256 and writes it back to a chosen target', async () => {
    const app = await tempApp();
    const bytes = Buffer.from('%PDF-1.4 签署版协议 scan');
    const ref = await attach(app, '签署版.pdf', bytes);
    expect(ref).toEqual({ sha256: createHash('sha256').update(bytes).digest('hex'), name: '签署版.pdf', size: bytes.length });
    const p = await app.call('records.put', { register: 'partner', values: partnerValues() });
    const a = await app.call('records.put', { register: 'agreement', values: { title: '框架协议', partner: p.id, document: ref } });
    expect(a.values.document).toEqual(ref);
    const out = join(tempDir(), '另存为.pdf');
    const target = app.saveTo(out);
    expect(await app.call('files.get', { sha256: ref.sha256, target })).toEqual({ id: target.id, name: '另存为.pdf', size: bytes.length });
    expect(readFileSync(out)).toEqual(bytes);
    await attach(app, 'again.pdf', bytes);
    expect(readdirSync(join(filesDir(app.dataDir), ref.sha256.slice(0, 2)))).toEqual([ref.sha256]);
    expect(readdirSync(filesDir(app.dataDir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a file past the largest a bundle can carry, and leaves no file behind for a damaged stored one', async () => {
    const app = await tempApp();
    const big = join(tempDir(), 'scan.tif');
    writeFileSync(big, '');
    // A sparse file: its size is all the check reads.
    truncateSync(big, maxDocumentBytes + 1);
    const refused = await app.fail('files.put', { file: app.pick(big) });
    expect(refused.code).toBe('FILE_TOO_LARGE');
    expect(refused.localized.zh).toContain('数据包能携带的最大文件');
    const ref = await attach(app, 'a.txt', 'original');
    writeFileSync(join(filesDir(app.dataDir), ref.sha256.slice(0, 2), ref.sha256), 'tampered');
    const out = join(tempDir(), 'a.txt');
    const err = await app.fail('files.get', { sha256: ref.sha256, target: app.saveTo(out) });
    expect(err.localized.en).toContain('damaged');
    expect(() => statSync(out)).toThrow();
    expect(readdirSync(join(out, '..'))).toEqual([]);
  });
});
