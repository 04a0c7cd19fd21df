import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../contract';
import { decodePublicKey, encodePublicKey } from '../core/signing/minisignKey';
import type { WaibanApp } from '../services/app';
import { verifyMinisign } from '../services/minisign';
import { installationPublicKey, signAsInstallation } from '../services/signing';
import { say, UsageError } from './output';

interface KeysOptions {
  comment?: string;
  sig?: string;
  pub?: string;
}

type WithApp = <T>(work: (app: WaibanApp) => T) => Promise<T>;

function readInput(file: string): Buffer {
  if (!existsSync(file)) throw new AppError('NOT_FOUND', { zh: `找不到文件：${file}`, en: `No such file: ${file}` });
  return readFileSync(file);
}

const onePath = (positionals: string[], what: string): string => {
  if (positionals.length !== 1) throw new UsageError(`expected one ${what}`);
  return positionals[0]!;
};

/**
 * Key commands, in minisign's formats so the standard tool can check what Waiban signs. `verify` needs no
 * data folder: it checks a file against a public key file alone.
 */
export async function runKeys(sub: string | undefined, positionals: string[], o: KeysOptions, withApp: WithApp): Promise<void> {
  switch (sub) {
    case 'fingerprint':
      return withApp((app) => say({ zh: `密钥指纹：${app.ctx.self.fingerprint}`, en: `Key fingerprint: ${app.ctx.self.fingerprint}` }));
    case 'export-public': {
      const file = onePath(positionals, 'public key FILE to write');
      return withApp((app) => {
        if (existsSync(file)) throw new AppError('VALIDATION', { zh: `文件已存在：${file}，未覆盖。`, en: `${file} already exists; it was not overwritten.` });
        writeFileSync(file, encodePublicKey(installationPublicKey(app.ctx)), { flag: 'wx' });
        const { keyId, fingerprint } = app.ctx.self;
        say({ zh: `已导出公钥（ID ${keyId}）到 ${file}\n密钥指纹：${fingerprint}`, en: `Public key (id ${keyId}) written to ${file}\nKey fingerprint: ${fingerprint}` });
      });
    }
    case 'sign': {
      const file = onePath(positionals, 'FILE to sign');
      const content = readInput(file);
      return withApp((app) => {
        const comment = o.comment ?? `timestamp:${Math.floor(app.ctx.clock.now() / 1000)}\tfile:${basename(file)}`;
        writeFileSync(`${file}.minisig`, signAsInstallation(app.ctx, content, comment));
        say({ zh: `已签名：${file}.minisig`, en: `Signed: ${file}.minisig` });
      });
    }
    case 'verify': {
      const file = onePath(positionals, 'FILE to verify');
      if (!o.pub) throw new UsageError('--pub KEY.pub is required');
      const key = decodePublicKey(readInput(o.pub).toString('utf8'));
      const comment = verifyMinisign(readInput(file), readInput(o.sig ?? `${file}.minisig`).toString('utf8'), key);
      say({ zh: `签名与受信注释均已验证\n受信注释：${comment}`, en: `Signature and trusted comment verified\nTrusted comment: ${comment}` });
      return;
    }
    default:
      throw new UsageError(sub ? `unknown keys command "${sub}"` : 'keys needs a command: fingerprint, export-public, sign or verify');
  }
}
