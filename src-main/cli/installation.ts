import { existsSync, readFileSync } from 'node:fs';
import { AppError, roles, type Role } from '../contract';
import { decodePublicKey } from '../core/signing/minisignKey';
import type { WaibanApp } from '../services/app';
import { addInstallation } from '../services/installation';
import { say, UsageError } from './output';

interface InstallationOptions {
  pub?: string;
  id?: string;
  name?: string;
  role?: string;
  departments?: string;
}

type WithApp = <T>(work: (app: WaibanApp) => Promise<T>) => Promise<T>;

/**
 * `installation add`: the office records a laptop it trusts (its id, as `bundle verify` shows it, and its
 * public key) before importing its bundles. Stands in for enrolment until the signed roster exists.
 */
export async function runInstallation(sub: string | undefined, o: InstallationOptions, withApp: WithApp): Promise<void> {
  if (sub !== 'add') throw new UsageError(sub ? `unknown installation command "${sub}"` : 'installation needs a command: add');
  if (!o.pub || !o.id || !o.name) throw new UsageError('installation add needs --pub KEY.pub, --id ID and --name NAME');
  const role = (o.role ?? 'department') as Role;
  if (!roles.includes(role)) throw new UsageError(`--role must be one of ${roles.join(', ')}`);
  if (!existsSync(o.pub)) throw new AppError('NOT_FOUND', { zh: `找不到文件：${o.pub}`, en: `No such file: ${o.pub}` });
  const key = decodePublicKey(readFileSync(o.pub, 'utf8'));
  const departments = (o.departments ?? '').split(',').map((d) => d.trim()).filter(Boolean);
  const { id, name } = o as Required<InstallationOptions>;
  await withApp(async (app) => {
    addInstallation(app.ctx.sqlite, { id, name, role, departments, key }, new Date(app.ctx.clock.now()));
    say({ zh: `已登记安装“${name}”（${role}：${departments.join('、') || '-'}）。`, en: `Registered installation "${name}" (${role}: ${departments.join(', ') || '-'}).` });
  });
}
