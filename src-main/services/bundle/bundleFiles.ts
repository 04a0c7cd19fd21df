import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaultBundleLimits } from '../../core/bundle/limits';
import { bundleRefusal } from '../../core/bundle/refusal';
import type { ServiceContext } from '../context';
import { storedFilePath } from '../files';
import { openCheckedZip } from './zipReader';

/**
 * Takes in the documents a verified bundle carries (signed agreements, reports) that this data folder lacks,
 * under their SHA-256 as local uploads are kept. Each is hashed again as it is written and moved into place
 * only when it matches, so the store never holds a name that lies; content-addressed, a file kept after a
 * failed import is harmless and the next import finds it there.
 */
export async function storeBundleFiles(ctx: ServiceContext, file: string, manifestPaths: string[]): Promise<number> {
  const wanted = manifestPaths.filter((p) => p.startsWith('files/')).map((p) => p.slice('files/'.length)).filter((h) => !existsSync(storedFilePath(ctx.dataDir, h)));
  if (wanted.length === 0) return 0;
  const zip = await openCheckedZip(file, defaultBundleLimits);
  try {
    const record = ctx.sqlite.prepare('INSERT INTO "fileBlob" ("sha256", "size", "addedAt") VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
    for (const sha256 of wanted) {
      const bytes = await zip.read(`files/${sha256}`);
      if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
        throw bundleRefusal(`文件 files/${sha256} 的内容与名称不符，数据包未导入。`, `The file files/${sha256} does not match its name; the bundle was not imported.`);
      }
      const target = storedFilePath(ctx.dataDir, sha256);
      mkdirSync(dirname(target), { recursive: true });
      const temp = `${target}.${process.pid}.tmp`;
      try {
        writeFileSync(temp, bytes);
        renameSync(temp, target);
      } finally {
        rmSync(temp, { force: true });
      }
      record.run(sha256, bytes.length, new Date(ctx.clock.now()).toISOString());
    }
    return wanted.length;
  } finally {
    zip.close();
  }
}
