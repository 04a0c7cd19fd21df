import { Writable } from 'node:stream';
import { createInterface } from 'node:readline/promises';
import { AppError } from '../contract';
import type { ServiceContext } from '../services/context';
import { keyStatus, unlockKey } from '../services/keyProtection';
import { cliLocale } from './output';

/** Where scripts put the key passphrase; a terminal is asked instead. */
export const passphraseEnv = 'WAIBAN_KEY_PASSPHRASE';
/** The new passphrase for `keys protect` in scripts. */
export const newPassphraseEnv = 'WAIBAN_NEW_KEY_PASSPHRASE';

/** Asks on the terminal without echoing what is typed. */
async function askHidden(question: { zh: string; en: string }): Promise<string> {
  process.stderr.write(cliLocale() === 'zh' ? question.zh : question.en);
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: silent, terminal: true });
  try {
    return await rl.question('');
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}

/** A passphrase from the environment, else from the terminal, else a refusal saying how to give one. */
export async function passphraseFrom(env: string, question: { zh: string; en: string }): Promise<string> {
  const given = process.env[env];
  if (given) return given;
  if (!process.stdin.isTTY) {
    throw new AppError('KEY_LOCKED', {
      zh: `本机私钥受口令保护：请在终端运行，或用环境变量 ${env} 提供口令。`,
      en: `This installation's private key is protected: run on a terminal, or give the passphrase in ${env}.`,
    });
  }
  return askHidden(question);
}

/** Before a command that signs: a protected key is unlocked with the passphrase given or asked for. */
export async function unlockForSigning(ctx: ServiceContext): Promise<void> {
  if (keyStatus(ctx).unlocked) return;
  unlockKey(
    ctx,
    await passphraseFrom(passphraseEnv, {
      zh: '本机私钥受口令保护，请输入密钥口令：',
      en: 'The private key is protected; key passphrase: ',
    }),
  );
}

/** A new passphrase: from the environment in scripts, else typed twice on the terminal. */
export async function newPassphrase(question: { zh: string; en: string }): Promise<string> {
  const first = await passphraseFrom(newPassphraseEnv, question);
  if (process.env[newPassphraseEnv]) return first;
  const again = await passphraseFrom(newPassphraseEnv, { zh: '再输入一次：', en: 'Once more: ' });
  if (again !== first)
    throw new AppError('VALIDATION', { zh: '两次输入的口令不一致，未做改动。', en: 'The two passphrases differ; nothing was changed.' });
  return first;
}
