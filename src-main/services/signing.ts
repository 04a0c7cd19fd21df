import { createPublicKey } from 'node:crypto';
import { AppError } from '../contract';
import { keyIdFromHex, type MinisignPublicKey } from '../core/signing/minisignKey';
import type { ServiceContext } from './context';
import { keyFile } from './dataDir';
import { privateKeyOf } from './keyProtection';
import { signMinisign, type MinisignSigningKey } from './minisign';

/** This installation's public key as minisign names it, from the database. */
export function installationPublicKey(ctx: ServiceContext): MinisignPublicKey {
  const row = ctx.sqlite.prepare('SELECT "publicKey" FROM "installation" WHERE "id" = ?').get(ctx.self.id) as { publicKey: Buffer };
  return { keyId: keyIdFromHex(ctx.self.keyId), publicKey: new Uint8Array(row.publicKey) };
}

/**
 * The private key, checked against the public key the database records for this installation: a key file
 * copied in from another installation would sign what nobody can verify against this installation's key.
 */
function installationSigningKey(ctx: ServiceContext): MinisignSigningKey {
  const file = keyFile(ctx.dataDir);
  const privateKey = privateKeyOf(ctx);
  const expected = installationPublicKey(ctx);
  const derived = createPublicKey(privateKey).export({ format: 'jwk' }).x;
  if (derived !== Buffer.from(expected.publicKey).toString('base64url')) {
    throw new AppError('INTERNAL', {
      zh: `本机私钥文件 ${file} 与数据库中记录的本机公钥不符，未签名。`,
      en: `The private key file ${file} does not match this installation's public key in the database; nothing was signed.`,
    });
  }
  return { keyId: expected.keyId, privateKey };
}

/** A .minisig text for content, signed with this installation's key. */
export const signAsInstallation = (ctx: ServiceContext, content: Uint8Array, trustedComment: string): string =>
  signMinisign(content, installationSigningKey(ctx), trustedComment);
