import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { givenFile } from './givenFile';
import { basename } from 'node:path';
import { AppError } from '../contract';
import { decodePublicKey, encodePublicKey } from '../core/signing/minisignKey';
import type { WaibanApp } from '../app/openApp';
import { verifyMinisign } from '../services/minisign';
import { installationPublicKey, signAsInstallation } from '../services/signing';
import { revoke } from '../services/trust/enrol';
import { trustSummary } from '../services/trust/roster';
import { printJson, say, UsageError } from './output';
import { keyStatus, protectKey, unprotectKey } from '../services/keyProtection';
import { newPassphrase, passphraseEnv, passphraseFrom, unlockForSigning } from './passphrase';

interface KeysOptions {
  comment?: string;
  sig?: string;
  pub?: string;
  json?: boolean;
}

type WithApp = <T>(work: (app: WaibanApp) => T) => Promise<T>;

const readInput = (file: string): Buffer => readFileSync(givenFile(file));

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
        if (existsSync(file))
          throw new AppError('VALIDATION', { zh: `文件已存在：${file}，未覆盖。`, en: `${file} already exists; it was not overwritten.` });
        writeFileSync(file, encodePublicKey(installationPublicKey(app.ctx)), { flag: 'wx' });
        const { keyId, fingerprint } = app.ctx.self;
        say({
          zh: `已导出公钥（ID ${keyId}）到 ${file}\n密钥指纹：${fingerprint}`,
          en: `Public key (id ${keyId}) written to ${file}\nKey fingerprint: ${fingerprint}`,
        });
      });
    }
    case 'sign': {
      const file = onePath(positionals, 'FILE to sign');
      const content = readInput(file);
      return withApp(async (app) => {
        await unlockForSigning(app.ctx);
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
      say({
        zh: `签名与受信注释均已验证\n受信注释：${comment}`,
        en: `Signature and trusted comment verified\nTrusted comment: ${comment}`,
      });
      return;
    }
    case 'show':
      return withApp((app) => {
        const t = trustSummary(app.ctx);
        if (o.json) return printJson(t);
        const { self } = t;
        say({
          zh: [
            `本机：${self.name}（${self.id}）`,
            `角色：${self.role}；部门：${self.departments.join('、') || '-'}`,
            `本机密钥指纹：${self.fingerprint}（ID ${self.keyId}）`,
            `外事办密钥指纹：${t.officeFingerprint ?? '尚未固定（未登记）'}`,
            `名册版本：${t.rosterVersion ?? '无'}${t.rosterVersion ? `，共 ${t.installations.length} 个安装，其中 ${t.installations.filter((i) => i.status === 'revoked').length} 个已吊销` : ''}`,
          ].join('\n'),
          en: [
            `This installation: ${self.name} (${self.id})`,
            `Role: ${self.role}; departments: ${self.departments.join(', ') || '-'}`,
            `Key fingerprint: ${self.fingerprint} (id ${self.keyId})`,
            `Office key fingerprint: ${t.officeFingerprint ?? 'not pinned (not enrolled)'}`,
            `Roster version: ${t.rosterVersion ?? 'none'}${t.rosterVersion ? `, ${t.installations.length} installations, ${t.installations.filter((i) => i.status === 'revoked').length} revoked` : ''}`,
          ].join('\n'),
        });
      });
    case 'revoke': {
      const id = onePath(positionals, 'INSTALLATION_ID to revoke');
      return withApp(async (app) => {
        await unlockForSigning(app.ctx);
        const r = revoke(app.ctx, id);
        say({
          zh: `已吊销“${r.name}”（名册第 ${r.rosterVersion} 版）：其第 ${r.lastGoodSeq} 号之后的数据段一律拒收。下次导出会把新名册带给各院系部。`,
          en: `Revoked "${r.name}" (roster version ${r.rosterVersion}): its segments after ${r.lastGoodSeq} are refused. The next exports carry the new roster to the departments.`,
        });
      });
    }
    case 'protect':
      return withApp(async (app) => {
        const current = keyStatus(app.ctx).protected
          ? await passphraseFrom(passphraseEnv, { zh: '当前密钥口令：', en: 'Current key passphrase: ' })
          : undefined;
        const passphrase = await newPassphrase({
          zh: '新的密钥口令（至少 8 个字符）：',
          en: 'New key passphrase (at least 8 characters): ',
        });
        protectKey(app.ctx, passphrase, current);
        say({
          zh: '本机私钥已用口令加密保存。此后签名导出前须输入口令（脚本中用环境变量 WAIBAN_KEY_PASSPHRASE）。口令遗失则无法再签名，只能由外事办重新登记本机。',
          en: 'The private key is now stored encrypted with the passphrase. Signing asks for it (WAIBAN_KEY_PASSPHRASE in scripts). A lost passphrase cannot be recovered: the office must enrol this installation again.',
        });
      });
    case 'unprotect':
      return withApp(async (app) => {
        unprotectKey(app.ctx, await passphraseFrom(passphraseEnv, { zh: '当前密钥口令：', en: 'Current key passphrase: ' }));
        say({
          zh: '本机私钥已改为不加密保存（仅本机账户可读）。',
          en: 'The private key is stored unencrypted again (readable by this account only).',
        });
      });
    default:
      throw new UsageError(
        sub
          ? `unknown keys command "${sub}"`
          : 'keys needs a command: show, fingerprint, export-public, sign, verify, revoke, protect or unprotect',
      );
  }
}
