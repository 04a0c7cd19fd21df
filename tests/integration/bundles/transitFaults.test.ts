import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../src-main/services/bundle/exportBundle';
import { verifyBundle } from '../../../src-main/services/bundle/verifyBundle';
import { entriesOf, exportedBundle, replacing, zipOf } from '../../support/bundles';
import { syncPair, tableContents } from '../../support/syncPair';
import { closeApp, partnerValues, tempApp, tempDir } from '../../support/tempApp';
import { rejectionOf } from '../../support/refusal';

/** What a text-mode mail gateway does to a file it takes for text: every LF becomes CRLF. */
const asMailedText = (bytes: Buffer): Buffer => Buffer.from(bytes.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1');

describe('bundles on the way between machines', () => {
  // Segment signatures are listed in the manifest with their hashes, so only the manifest's own signature can
  // change on the way and still be taken; a copied-out .minisig (CLI --pub and --sig files) reads the same way.
  it('accepts a manifest signature whose line ends were turned into CRLF on the way', async () => {
    const b = await exportedBundle();
    const crlf = replacing(await entriesOf(b.file), 'manifest.json.minisig', asMailedText);
    expect(crlf.find((e) => e.path === 'manifest.json.minisig')!.bytes.includes('\r\n')).toBe(true);
    expect(await verifyBundle(await zipOf(crlf, b.dir), b.key)).toMatchObject({ exporter: b.app.ctx.self.id, sequence: 1 });
  });

  it('says a bundle re-encoded by e-mail was damaged in transit, in zh and en', async () => {
    const b = await exportedBundle();
    const mailed = join(b.dir, 'mailed.waiban');
    writeFileSync(mailed, asMailedText(readFileSync(b.file)));
    const err = await rejectionOf(verifyBundle(mailed, b.key));
    expect(err.localized.en).toContain('damaged in transit');
    expect(err.localized.zh).toContain('传输中损坏');
  });

  it('says a document that gained a line end on the way was damaged in transit', async () => {
    const b = await exportedBundle();
    const entries = await entriesOf(b.file);
    const doc = entries.find((e) => e.path.startsWith('files/'))!.path;
    const err = await rejectionOf(
      verifyBundle(
        await zipOf(
          replacing(entries, doc, (bytes) => Buffer.concat([bytes, Buffer.from('\r\n')])),
          b.dir,
        ),
        b.key,
      ),
    );
    expect(err.localized.en).toContain(`The entry ${doc} does not match the manifest`);
    expect(err.localized.en).toContain('damaged in transit');
  });
});

describe('an export interrupted part-way', () => {
  it('leaves no bundle, and the next export is the same bundle under the same sequence, again byte-identical', async () => {
    const s = await syncPair();
    await s.laptop.call('records.put', { register: 'partner', values: partnerValues() });
    const dir = tempDir();
    // The folder vanishes (a USB stick pulled) after the manifest is signed and stored, while the zip is written.
    const gone = join(dir, 'stick', 'laptop.waiban');
    await expect(exportBundle(s.laptop.ctx, { out: gone })).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
    const first = join(dir, 'first.waiban');
    const second = join(dir, 'second.waiban');
    expect(await exportBundle(s.laptop.ctx, { out: first })).toMatchObject({ sequence: 1, changes: 1 });
    await exportBundle(s.laptop.ctx, { out: second });
    expect(readFileSync(second).equals(readFileSync(first))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['first.waiban', 'second.waiban']);
    expect((await s.importAtOffice(first)).newChanges).toBe(1);
  });
});

describe('an installation cloned onto two machines', () => {
  it("raises the fork alarm at the office when the copy's bundle arrives, changing nothing", async () => {
    const s = await syncPair();
    await s.laptop.call('records.put', { register: 'partner', values: partnerValues() });
    await s.importAtOffice(await s.exportLaptop());
    // The data folder copied to a second machine; each copy goes on writing on its own.
    const copyDir = tempDir();
    const original = s.laptop.dataDir;
    closeApp(s.laptop);
    cpSync(original, copyDir, { recursive: true });
    const laptop = await tempApp('default', original);
    const clone = await tempApp('default', copyDir);
    expect(clone.ctx.self.id).toBe(laptop.ctx.self.id);
    await laptop.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '牛津大学', nameOriginal: 'Oxford' }) });
    await clone.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '剑桥大学', nameOriginal: 'Cambridge' }) });
    const dir = tempDir();
    await exportBundle(laptop.ctx, { out: join(dir, 'laptop.waiban') });
    await exportBundle(clone.ctx, { out: join(dir, 'clone.waiban') });
    expect((await s.importAtOffice(join(dir, 'laptop.waiban'))).newChanges).toBe(1);
    const before = tableContents(s.office);
    const err = await rejectionOf(s.importAtOffice(join(dir, 'clone.waiban')));
    expect(err.localized.en).toContain('a cloned installation');
    expect(err.localized.zh).toContain('克隆的安装');
    expect(tableContents(s.office)).toEqual(before);
    expect(existsSync(join(dir, 'clone.waiban'))).toBe(true);
  });

  it("raises the fork alarm when the copy's bundle carries another sequence number than the original's", async () => {
    const s = await syncPair();
    await s.laptop.call('records.put', { register: 'partner', values: partnerValues() });
    await s.importAtOffice(await s.exportLaptop());
    const copyDir = tempDir();
    const original = s.laptop.dataDir;
    closeApp(s.laptop);
    cpSync(original, copyDir, { recursive: true });
    const laptop = await tempApp('default', original);
    const clone = await tempApp('default', copyDir);
    const dir = tempDir();
    await laptop.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '牛津大学', nameOriginal: 'Oxford' }) });
    await exportBundle(laptop.ctx, { out: join(dir, 'laptop.waiban') });
    // The copy has taken a bundle before (to nobody), so its next one is numbered 3.
    await clone.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '剑桥大学', nameOriginal: 'Cambridge' }) });
    await exportBundle(clone.ctx, { out: join(dir, 'clone-lost.waiban') });
    await clone.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '帝国理工', nameOriginal: 'Imperial' }) });
    expect(await exportBundle(clone.ctx, { out: join(dir, 'clone.waiban') })).toMatchObject({ sequence: 3 });
    await s.importAtOffice(join(dir, 'laptop.waiban'));
    const before = tableContents(s.office);
    const err = await rejectionOf(s.importAtOffice(join(dir, 'clone.waiban')));
    expect(err.localized.en).toContain('copied onto two machines');
    expect(err.localized.zh).toContain('复制到了两台电脑上');
    expect(tableContents(s.office)).toEqual(before);
  });
});
