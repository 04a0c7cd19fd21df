import { officeKeyName, rosterName, rosterSignatureName } from '../../core/bundle/entryNames';
import { encodePublicKey } from '../../core/signing/minisignKey';
import type { ZipEntry } from '../bundle/zipWriter';
import type { ServiceContext } from '../context';
import { installationPublicKey } from '../signing';
import { heldRoster } from './roster';

/**
 * What an office export carries besides changes: the newest roster with its signature, so every department
 * learns of enrolments and revocations; and, in an enrolment bundle, the office's public key to pin.
 */
export function trustEntries(ctx: ServiceContext, officeKey: boolean): ZipEntry[] {
  if (ctx.self.role !== 'office') return [];
  const held = heldRoster(ctx);
  const entries: ZipEntry[] = held
    ? [
        { path: rosterName, bytes: held.bytes },
        { path: rosterSignatureName, bytes: Buffer.from(held.signature, 'utf8') },
      ]
    : [];
  if (officeKey) entries.push({ path: officeKeyName, bytes: Buffer.from(encodePublicKey(installationPublicKey(ctx)), 'utf8') });
  return entries;
}
