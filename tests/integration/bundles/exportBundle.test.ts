import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../src-main/services/bundle/exportBundle';
import { verifyBundle } from '../../../src-main/services/bundle/verifyBundle';
import { entriesOf, exportedBundle } from '../../support/bundles';
import { minisign } from '../../support/minisignTool';
import { changesPerSegment, sealNewSegments } from '../../../src-main/services/bundle/segments';
import { registerOf } from '../../../src-main/services/context';
import { blankValues } from '../../../src-main/services/demo/agreements';
import { partnerValues, tempApp, tempDir } from '../../support/tempApp';
import { createRecords } from '../../../src-main/services/recordCommands';

describe('exporting a bundle', () => {
  it('writes a bundle whose manifest and segments the real minisign verifies with the exporter key', async () => {
    const { dir, file, pubFile } = await exportedBundle();
    const out = join(dir, 'unzipped');
    for (const e of await entriesOf(file)) {
      mkdirSync(dirname(join(out, e.path)), { recursive: true });
      writeFileSync(join(out, e.path), e.bytes);
    }
    const manifest = minisign(['-Vm', 'manifest.json', '-x', 'manifest.json.minisig', '-p', pubFile], out);
    expect(manifest.err).toBe('');
    expect(manifest.code).toBe(0);
    expect(manifest.out).toMatch(/Trusted comment: bundle:waiban\texporter:[0-9a-f-]{36}\tsequence:1\tsha256:[0-9a-f]{64}/);
    const segment = (JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { entries: { path: string }[] }).entries[0]!.path;
    expect(minisign(['-Vm', segment, '-p', pubFile], out).code).toBe(0);
  });

  it('lays out manifest, signature, signed segments and the documents the changes name, in a fixed order', async () => {
    const { file, key } = await exportedBundle();
    const names = (await entriesOf(file)).map((e) => e.path);
    expect(names.slice(0, 4)).toEqual([
      'manifest.json',
      'manifest.json.minisig',
      expect.stringMatching(/^segments\/[0-9a-f-]{36}\/1\.jsonl$/),
      expect.stringMatching(/^segments\/[0-9a-f-]{36}\/1\.jsonl\.minisig$/),
    ]);
    expect(names.filter((n) => n.startsWith('files/'))).toHaveLength(1);
    const report = await verifyBundle(file, key);
    expect(report).toMatchObject({ sequence: 1, segments: 1, files: 1 });
    expect(report.changes).toBeGreaterThan(2);
  });

  it('writes canonical JSON lines, one change each, with sorted keys', async () => {
    const { file } = await exportedBundle();
    const segment = (await entriesOf(file)).find((e) => e.path.endsWith('.jsonl'))!;
    const lines = segment.bytes.toString('utf8').trimEnd().split('\n');
    const first = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(Object.keys(first)).toEqual(['author', 'authorSeq', 'data', 'department', 'hlc', 'id', 'op', 'parents', 'recordId', 'register']);
    expect(lines.map((l) => (JSON.parse(l) as { authorSeq: number }).authorSeq)).toEqual(lines.map((_, i) => i + 1));
  });

  it('exports the same bytes again while nothing changed, and a new sequence once something did', async () => {
    const { app, dir, file, key } = await exportedBundle();
    const again = join(dir, 'again.waiban');
    await exportBundle(app.ctx, { out: again });
    expect(readFileSync(again).equals(readFileSync(file))).toBe(true);
    await app.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '牛津大学', nameOriginal: 'Oxford' }) });
    const next = join(dir, 'next.waiban');
    await exportBundle(app.ctx, { out: next });
    expect(await verifyBundle(next, key)).toMatchObject({ sequence: 2, segments: 2 });
  });

  it('starts after the last acknowledged segment, and from the first with full', async () => {
    const { app, dir, key } = await exportedBundle();
    await app.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '牛津大学', nameOriginal: 'Oxford' }) });
    app.ctx.sqlite.prepare('INSERT INTO "bundleAck" ("author", "seq") VALUES (?, 1)').run(app.ctx.self.id);
    const incremental = join(dir, 'incremental.waiban');
    expect(await exportBundle(app.ctx, { out: incremental })).toMatchObject({ segments: 1, changes: 1 });
    expect((await entriesOf(incremental)).map((e) => e.path)).toContain(`segments/${app.ctx.self.id}/2.jsonl`);
    expect(await verifyBundle(incremental, key)).toMatchObject({ segments: 1, changes: 1 });
    const full = join(dir, 'full.waiban');
    expect(await exportBundle(app.ctx, { out: full, full: true })).toMatchObject({ segments: 2 });
  });

  it('leaves only the finished bundle in its folder, under its final name', async () => {
    const { dir } = await exportedBundle();
    expect(readdirSync(dir).sort()).toEqual(['exporter.pub', 'office.waiban']);
  });

  it('seals a large log a segment per step, each full but the last, chained, and the same when sealed again', async () => {
    const app = await tempApp();
    const before = app.ctx.changes.lastAuthorSeq(app.ctx.self.id);
    const n = 2 * changesPerSegment + 7;
    createRecords(
      app.ctx,
      app.writer,
      registerOf('partner'),
      Array.from({ length: n }, (_, i) => ({
        department: 'LAW',
        data: { ...blankValues('partner'), ...partnerValues({ nameZh: `合作院校${i}`, department: 'LAW' }) },
      })),
    );
    const dir = tempDir();
    await exportBundle(app.ctx, { out: join(dir, 'a.waiban') });
    const rows = app.ctx.sqlite
      .prepare('SELECT "seq", "prev", "sha256", "count", "lastAuthorSeq" FROM "bundleSegment" WHERE "author" = ? ORDER BY "seq"')
      .all(app.ctx.self.id) as { seq: number; prev: string; sha256: string; count: number; lastAuthorSeq: number }[];
    const total = before + n;
    // Cut from the first change, every changesPerSegment: the defaults' changes and the partners together.
    const counts = Array.from({ length: Math.ceil(total / changesPerSegment) }, (_, i) =>
      Math.min(changesPerSegment, total - i * changesPerSegment),
    );
    expect(rows.map((r) => r.count)).toEqual(counts);
    expect(rows.at(-1)!.lastAuthorSeq).toBe(total);
    rows.slice(1).forEach((r, i) => expect(r.prev).toBe(rows[i]!.sha256));
    sealNewSegments(app.ctx);
    expect(app.ctx.sqlite.prepare('SELECT count(*) FROM "bundleSegment"').pluck().get()).toBe(rows.length);
    await exportBundle(app.ctx, { out: join(dir, 'b.waiban') });
    expect(readFileSync(join(dir, 'b.waiban')).equals(readFileSync(join(dir, 'a.waiban')))).toBe(true);
  });
});
