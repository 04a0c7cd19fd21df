import type BetterSqlite3 from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { Kysely } from 'kysely';
import { AppError, type InstallationDto, type Role } from '../contract';
import { minisignKeyIdHex } from '../core/signing/minisignKey';
import type { Database } from '../db/schema';
import { keyFile } from './dataDir';
import { fingerprint, generateInstallationKeys } from './keys';

export interface InstallationSetup {
  name: string;
  role: Role;
  departments: string[];
}

export const defaultSetup: InstallationSetup = { name: '外事办工作站', role: 'office', departments: ['FAO'] };

type InstallationRow = { id: string; name: string; role: Role; departments: string; publicKey: Buffer; keyId: string; createdAt: string };

const toDto = (r: InstallationRow): InstallationDto => ({
  id: r.id,
  name: r.name,
  role: r.role,
  departments: JSON.parse(r.departments) as string[],
  keyId: r.keyId,
  fingerprint: fingerprint(r.publicKey),
  createdAt: r.createdAt,
});

/** Another installation as the roster in force lists it (the table is the roster, materialised). */
export function knownInstallation(db: BetterSqlite3.Database, id: string): (InstallationDto & { status: string }) | undefined {
  const row = db.prepare('SELECT * FROM "installation" WHERE "id" = ? AND "isSelf" = 0').get(id) as
    (InstallationRow & { status: string }) | undefined;
  return row && { ...toDto(row), status: row.status };
}

export async function loadSelf(db: Kysely<Database>): Promise<InstallationDto | undefined> {
  const row = await db.selectFrom('installation').selectAll().where('isSelf', '=', 1).executeTakeFirst();
  return row && toDto(row as InstallationRow);
}

/**
 * Creates this installation: an id, a role and an Ed25519 key pair for signing bundles. The private key is
 * written beside the database, readable by the owner only; it never enters the database, which is what
 * travels in backups.
 */
export async function createSelf(db: Kysely<Database>, dataDir: string, setup: InstallationSetup, now: Date): Promise<InstallationDto> {
  if (setup.role === 'department' && setup.departments.length === 0) {
    throw new AppError('VALIDATION', { zh: '院系部安装须指定所属部门', en: 'A department installation needs its department(s)' });
  }
  const keys = generateInstallationKeys();
  const file = keyFile(dataDir);
  if (existsSync(file)) {
    throw new AppError('VALIDATION', {
      zh: `密钥文件已存在：${file}，未覆盖。`,
      en: `A key file already exists at ${file}; it was not overwritten.`,
    });
  }
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, keys.privateKeyPem, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  const row = {
    id: uuidv7(),
    name: setup.name,
    role: setup.role,
    departments: JSON.stringify(setup.departments),
    publicKey: keys.publicKey,
    keyId: minisignKeyIdHex(keys.keyId),
    createdAt: now.toISOString(),
    isSelf: 1,
  };
  await db.insertInto('installation').values(row).execute();
  return toDto(row);
}
