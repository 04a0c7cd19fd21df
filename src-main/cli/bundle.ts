import { existsSync, readFileSync } from 'node:fs';
import { givenFile } from './givenFile';
import { AppError, destinationSchema } from '../contract';
import { decodePublicKey } from '../core/signing/minisignKey';
import type { WaibanApp } from '../app/openApp';
import { exportBundle } from '../services/bundle/exportBundle';
import { importBundle } from '../services/bundle/importBundle';
import { backupBeforeImport } from '../services/backup/autoBackup';
import { keySigners, rosterSigners } from '../services/bundle/signers';
import { verifyBundle } from '../services/bundle/verifyBundle';
import { requireRoster } from '../services/trust/roster';
import { decisionOf } from './confirm';
import { sayImportReport } from './importReport';
import { cliLocale, printJson, say, UsageError } from './output';
import { unlockForSigning } from './passphrase';

interface BundleOptions {
  out?: string;
  to?: string;
  full?: boolean;
  pub?: string;
  pubkey?: string[];
  preview?: boolean;
  'dry-run'?: boolean;
  json?: boolean;
  fingerprint?: string;
  yes?: boolean;
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

/**
 * `bundle export`, `verify` and `import` (also `waiban verify` and `waiban import`). Verify needs no data
 * folder when given the trusted keys; otherwise, like import, it trusts the roster held in the data folder.
 */
export async function runBundle(sub: string | undefined, positionals: string[], o: BundleOptions, withApp: WithApp): Promise<void> {
  switch (sub) {
    case 'export': {
      if (!o.out) throw new UsageError('--out FILE.waiban is required');
      const out = o.out;
      const to = o.to === undefined ? undefined : destinationSchema.safeParse(o.to).data;
      if (o.to !== undefined && !to) throw new UsageError('--to takes office, review, department:CODE or department:CODE+CODE');
      if (existsSync(out))
        throw new AppError('VALIDATION', { zh: `文件已存在：${out}，未覆盖。`, en: `${out} already exists; it was not overwritten.` });
      return withApp(async (app) => {
        await unlockForSigning(app.ctx);
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
      const file = positionals[0]!;
      const keyFiles = [...(o.pub ? [o.pub] : []), ...(o.pubkey ?? [])];
      for (const f of [file, ...keyFiles]) givenFile(f);
      const r = keyFiles.length
        ? await verifyBundle(file, keySigners(keyFiles.map((f) => decodePublicKey(readFileSync(f, 'utf8')))))
        : await withApp(async (app) => verifyBundle(file, rosterSigners(requireRoster(app.ctx))));
      if (o.json) return printJson(r);
      say({
        zh: `数据包完好，签名有效：导出方 ${r.exporter}，第 ${r.sequence} 号，${r.created}；${r.segments} 个数据段，${r.changes} 条变更，${r.files} 个文件。`,
        en: `Bundle intact and validly signed: exporter ${r.exporter}, sequence ${r.sequence}, ${r.created}; ${r.segments} segments, ${r.changes} changes, ${r.files} files.`,
      });
      return;
    }
    case 'import': {
      if (positionals.length !== 1) throw new UsageError('expected one bundle FILE to import');
      // Import trusts the roster held here and nothing else: keys given by hand are for verify only.
      if (o.pub || o.pubkey?.length) throw new UsageError('import trusts the roster held here; --pubkey is for verify');
      const file = positionals[0]!;
      givenFile(file);
      return withApp(async (app) => {
        const confirmOffice = decisionOf(o);
        const r = await importBundle(app.ctx, file, {
          preview: o.preview || o['dry-run'],
          confirmOffice,
          beforeWrite: (ids) => backupBeforeImport(app.ctx, ids),
        });
        if (o.json) printJson(r);
        else sayImportReport(r);
      });
    }
    default:
      throw new UsageError(sub ? `unknown bundle command "${sub}"` : 'bundle needs a command: export, verify or import');
  }
}
