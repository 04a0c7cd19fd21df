import { assertWritable } from '../db/damage';
import { createHash, randomBytes, type Hash } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { join } from 'node:path';
import { AppError, type FileRef } from '../contract';
import { defaultBundleLimits } from '../core/bundle/limits';
import { filesDir } from './dataDir';
import type { ServiceContext } from './context';

/** Where a document with this hash lives in the data folder. */
export const storedFilePath = (dataDir: string, sha256: string) => join(filesDir(dataDir), sha256.slice(0, 2), sha256);

/** The largest document kept: one larger could never travel, since a bundle refuses an entry past this size. */
export const maxDocumentBytes = defaultBundleLimits.entryBytes;

const mb = (bytes: number) => (bytes / 1048576).toFixed(1);

/** The name a record shows: the picked file's own name, never a folder. */
const documentName = (name: string) => name.replace(/[\\/]/g, '_');

function record(ctx: ServiceContext, sha256: string, size: number): void {
  ctx.sqlite
    .prepare('INSERT INTO "fileBlob" ("sha256", "size", "addedAt") VALUES (?, ?, ?) ON CONFLICT DO NOTHING')
    .run(sha256, size, new Date(ctx.clock.now()).toISOString());
}

/** Moves a fully written temporary file into the store under its hash, unless the store holds it already. */
function keep(ctx: ServiceContext, temp: string, sha256: string): void {
  const target = storedFilePath(ctx.dataDir, sha256);
  if (existsSync(target)) return rmSync(temp, { force: true });
  mkdirSync(join(filesDir(ctx.dataDir), sha256.slice(0, 2)), { recursive: true });
  renameSync(temp, target);
}

/** Passes bytes on unchanged, adding them to the hash: a file is hashed while it is copied. */
const hashing = (hash: Hash) => new Transform({ transform: (chunk: Buffer, _encoding, done) => (hash.update(chunk), done(null, chunk)) });

const incoming = (ctx: ServiceContext) => {
  mkdirSync(filesDir(ctx.dataDir), { recursive: true });
  return join(filesDir(ctx.dataDir), `incoming-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
};

/**
 * Documents (signed agreements, reports, evidence) are copied into the data folder under their SHA-256, so
 * the same file is stored once, a record names exactly the bytes it was saved with, and bundles can carry
 * them by hash. A picked file is hashed while it is copied, never held whole in memory.
 */
export async function putFile(ctx: ServiceContext, file: { path: string; name: string }): Promise<FileRef> {
  assertWritable(ctx.sqlite);
  const size = statSync(file.path).size;
  if (size > maxDocumentBytes) {
    throw new AppError('FILE_TOO_LARGE', {
      zh: `文件过大（${mb(size)} MB），上限 ${maxDocumentBytes / 1048576} MB（数据包能携带的最大文件）。请压缩或拆分后再上传。`,
      en: `The file is too large (${mb(size)} MB); the limit is ${maxDocumentBytes / 1048576} MB, the largest file a bundle can carry. Compress or split it.`,
    });
  }
  const hash = createHash('sha256');
  const temp = incoming(ctx);
  try {
    await pipeline(createReadStream(file.path), hashing(hash), createWriteStream(temp, { flags: 'wx' }));
    const sha256 = hash.digest('hex');
    keep(ctx, temp, sha256);
    record(ctx, sha256, size);
    return { sha256, name: documentName(file.name), size };
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Stores a document already in memory (the demo's sample files). */
export function storeBytes(ctx: ServiceContext, name: string, bytes: Buffer): FileRef {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (!existsSync(storedFilePath(ctx.dataDir, sha256))) {
    const temp = incoming(ctx);
    writeFileSync(temp, bytes);
    keep(ctx, temp, sha256);
  }
  record(ctx, sha256, bytes.length);
  return { sha256, name: documentName(name), size: bytes.length };
}

const missing = () =>
  new AppError('NOT_FOUND', {
    zh: '文件不在本机数据文件夹中（可能尚未随数据包同步过来）。',
    en: 'The file is not in this data folder (it may not have arrived with a bundle yet).',
  });

const damaged = () =>
  new AppError('INTERNAL', {
    zh: '文件内容与记录的校验值不符，文件可能已损坏。',
    en: 'The file does not match its recorded checksum; it may be damaged.',
  });

export function readFile(ctx: ServiceContext, sha256: string): Buffer {
  const path = storedFilePath(ctx.dataDir, sha256);
  if (!existsSync(path)) throw missing();
  const bytes = readFileSync(path);
  if (createHash('sha256').update(bytes).digest('hex') !== sha256) throw damaged();
  return bytes;
}

/**
 * Writes a stored document to `out`, checked against its hash on the way: written beside it and renamed into
 * place only when it matches, so a damaged store never leaves a file that looks like the document.
 */
export async function copyStoredFile(ctx: ServiceContext, sha256: string, out: string): Promise<void> {
  const path = storedFilePath(ctx.dataDir, sha256);
  if (!existsSync(path)) throw missing();
  const hash = createHash('sha256');
  const temp = `${out}.${process.pid}.part`;
  try {
    await pipeline(createReadStream(path), hashing(hash), createWriteStream(temp));
    if (hash.digest('hex') !== sha256) throw damaged();
    renameSync(temp, out);
  } finally {
    rmSync(temp, { force: true });
  }
}
