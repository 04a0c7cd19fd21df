import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, maxFileBytes, type FileRef } from '../contract';
import { filesDir } from './dataDir';
import type { ServiceContext } from './context';

/** Where a document with this hash lives in the data folder. */
export const storedFilePath = (dataDir: string, sha256: string) => join(filesDir(dataDir), sha256.slice(0, 2), sha256);

/**
 * Documents (signed agreements, reports, evidence) are copied into the data folder under their SHA-256, so
 * the same file is stored once, a record names exactly the bytes it was saved with, and bundles can carry
 * them by hash.
 */
export function putFile(ctx: ServiceContext, input: { name: string; base64: string }): FileRef {
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.length > maxFileBytes) {
    throw new AppError('FILE_TOO_LARGE', {
      zh: `文件过大（${(bytes.length / 1048576).toFixed(1)} MB），上限 ${maxFileBytes / 1048576} MB。请压缩或拆分后再上传。`,
      en: `The file is too large (${(bytes.length / 1048576).toFixed(1)} MB); the limit is ${maxFileBytes / 1048576} MB. Compress or split it.`,
    });
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const target = storedFilePath(ctx.dataDir, sha256);
  if (!existsSync(target)) {
    mkdirSync(join(filesDir(ctx.dataDir), sha256.slice(0, 2)), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, bytes);
    renameSync(temp, target);
  }
  ctx.sqlite
    .prepare('INSERT INTO "fileBlob" ("sha256", "size", "addedAt") VALUES (?, ?, ?) ON CONFLICT DO NOTHING')
    .run(sha256, bytes.length, new Date(ctx.clock.now()).toISOString());
  const name = input.name.replace(/[\\/]/g, '_');
  return { sha256, name, size: bytes.length };
}

export function readFile(ctx: ServiceContext, sha256: string): Buffer {
  const path = storedFilePath(ctx.dataDir, sha256);
  if (!existsSync(path)) {
    throw new AppError('NOT_FOUND', {
      zh: '文件不在本机数据文件夹中（可能尚未随数据包同步过来）。',
      en: 'The file is not in this data folder (it may not have arrived with a bundle yet).',
    });
  }
  const bytes = readFileSync(path);
  if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
    throw new AppError('INTERNAL', {
      zh: '文件内容与记录的校验值不符，文件可能已损坏。',
      en: 'The file does not match its recorded checksum; it may be damaged.',
    });
  }
  return bytes;
}
