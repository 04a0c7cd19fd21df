import { existsSync, readFileSync } from 'node:fs';
import { AppError, destinationSchema } from '../contract';
import { decodePublicKey } from '../core/signing/minisignKey';
import type { WaibanApp } from '../services/app';
import { exportBundle } from '../services/bundle/exportBundle';
import { exporterKey } from '../services/bundle/exporterKey';
import { importBundle } from '../services/bundle/importBundle';
import { relayedByKeyId, verifyBundle } from '../services/bundle/verifyBundle';
import { sayImportReport } from './importReport';
import { cliLocale, printJson, say, UsageError } from './output';

interface BundleOptions {
  out?: string;
  to?: string;
  full?: boolean;
  /** The exporter's key first; for verify, any more are the keys of the authors a bundle relays. */
  pub?: string[];
  preview?: boolean;
  json?: boolean;
}

type WithApp = <T>(work: (app: WaibanApp) => Promise<T>) => Promise<T>;

/** Progress on stderr, but only once the work has taken over a second: quick exports stay quiet. */
function progressAfterASecond(): { update: (done: number, total: number) => void; finish: () => void } {
  const started = Date.now();
  let shown = false;
  return {
    update(done, total) {
      if (Date.now() - started < 1000) return;
      shown = true;
      process.stderr.write(`\r${cliLocale() === 'zh' ? '数据段' : 'segments'} ${done}/${total}`);
    },
    finish: () => shown && process.stderr.write('\n'),
  };
}

/** `bundle export`, `verify` and `import`; verify needs no data folder, only the signer's public key. */
export async function runBundle(sub: string | undefined, positionals: string[], o: BundleOptions, withApp: WithApp): Promise<void> {
  switch (sub) {
    case 'export': {
      if (!o.out) throw new UsageError('--out FILE.waiban is required');
      const out = o.out;
      const to = o.to === undefined ? undefined : destinationSchema.safeParse(o.to).data;
      if (o.to !== undefined && !to) throw new UsageError('--to takes office, review or department:CODE');
      if (existsSync(out)) throw new AppError('VALIDATION', { zh: `文件已存在：${out}，未覆盖。`, en: `${out} already exists; it was not overwritten.` });
      return withApp(async (app) => {
        const progress = progressAfterASecond();
        const r = await exportBundle(app.ctx, { out, to, full: o.full, onProgress: progress.update });
        progress.finish();
        say({
          zh: `已导出数据包 ${out}（第 ${r.sequence} 号）：${r.segments} 个数据段，${r.changes} 条变更，${r.files} 个文件。`,
          en: `Bundle ${out} written (sequence ${r.sequence}): ${r.segments} segments, ${r.changes} changes, ${r.files} files.`,
        });
      });
    }
    case 'verify': {
      if (positionals.length !== 1) throw new UsageError('expected one bundle FILE to verify');
      if (!o.pub?.length) throw new UsageError('--pub KEY.pub is required');
      const file = positionals[0]!;
      for (const f of [file, ...o.pub]) if (!existsSync(f)) throw new AppError('NOT_FOUND', { zh: `找不到文件：${f}`, en: `No such file: ${f}` });
      const [exporter, ...others] = o.pub.map((f) => decodePublicKey(readFileSync(f, 'utf8')));
      const r = await verifyBundle(file, exporter!, undefined, relayedByKeyId(others));
      say({
        zh: `数据包完好，签名有效：导出方 ${r.exporter}，第 ${r.sequence} 号，${r.created}；${r.segments} 个数据段，${r.changes} 条变更，${r.files} 个文件。`,
        en: `Bundle intact and validly signed: exporter ${r.exporter}, sequence ${r.sequence}, ${r.created}; ${r.segments} segments, ${r.changes} changes, ${r.files} files.`,
      });
      return;
    }
    case 'import': {
      if (positionals.length !== 1) throw new UsageError('expected one bundle FILE to import');
      const file = positionals[0]!;
      if ((o.pub?.length ?? 0) > 1) throw new UsageError('import takes one --pub: the exporter\'s key');
      const pub = o.pub?.[0];
      for (const f of [file, ...(pub ? [pub] : [])]) if (!existsSync(f)) throw new AppError('NOT_FOUND', { zh: `找不到文件：${f}`, en: `No such file: ${f}` });
      return withApp(async (app) => {
        // Without --pub, the key registered here for the bundle's exporter.
        const key = pub ? decodePublicKey(readFileSync(pub, 'utf8')) : await exporterKey(app.ctx, file);
        const r = await importBundle(app.ctx, file, key, { preview: o.preview });
        if (o.json) printJson(r);
        else sayImportReport(r);
      });
    }
    default:
      throw new UsageError(sub ? `unknown bundle command "${sub}"` : 'bundle needs a command: export, verify or import');
  }
}
