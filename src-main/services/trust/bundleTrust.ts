import { AppError, type InstallationDto } from '../../contract';
import { officeKeyName, rosterName, rosterSignatureName } from '../../core/bundle/entryNames';
import { defaultBundleLimits } from '../../core/bundle/limits';
import type { Manifest } from '../../core/bundle/manifest';
import { bundleRefusal } from '../../core/bundle/refusal';
import { equalBytes } from '../../core/signing/encoding';
import { decodePublicKey, minisignKeyIdHex, type MinisignPublicKey } from '../../core/signing/minisignKey';
import type { Roster } from '../../core/trust/roster';
import { sha256Hex } from '../bundle/segments';
import { keyOfEntry, rosterSigners, type Signers } from '../bundle/signers';
import { readSmall } from '../bundle/verifyBundle';
import { openCheckedZip } from '../bundle/zipReader';
import type { ServiceContext } from '../context';
import { fingerprint } from '../keys';
import { installationPublicKey } from '../signing';
import { confirmFingerprint, type TrustDecision } from './confirm';
import { dropLocalReferenceCopy } from './localCopy';
import { assertRevokedChains } from './revokedChains';
import { checkIncomingRoster, heldRoster, officePin, pinOffice, storeRoster, type SignedRoster } from './roster';

/** What a bundle is trusted by: its signers, who its exporter is, and what importing it changes in trust. */
export interface ImportTrust {
  signers: Signers;
  /** True for the enrolment bundle that pins the office key on this installation. */
  enrolment: boolean;
  /** The version of the roster in force once the bundle is taken in. */
  rosterVersion: number;
  /** The exporter as the roster in force lists it. */
  installation(id: string): InstallationDto;
  /** Any installation as the roster in force lists it (the authors of relayed segments), if it does. */
  listed(id: string): InstallationDto | undefined;
  /** Refuses trust entries that are not the ones the verified manifest lists (the file changed between reads). */
  checkListed(manifest: Manifest): void;
  /** Refuses a revoked installation's segment that is not one trusted before its revocation. */
  checkRevoked(ctx: ServiceContext, manifest: Manifest): void;
  /** Inside the import transaction: at enrolment drop the local reference copy and pin the office key; store a newer roster. */
  commit(ctx: ServiceContext): void;
}

interface TrustEntries {
  roster?: { bytes: Buffer; signature: string };
  officeKey?: Buffer;
}

async function readTrustEntries(file: string): Promise<TrustEntries> {
  const zip = await openCheckedZip(file, defaultBundleLimits);
  try {
    const has = (name: string) => zip.names.includes(name);
    const out: TrustEntries = {};
    if (has(rosterName)) {
      out.roster = {
        bytes: await readSmall(zip, rosterName, defaultBundleLimits),
        signature: (await readSmall(zip, rosterSignatureName, defaultBundleLimits)).toString('utf8'),
      };
    }
    if (has(officeKeyName)) out.officeKey = await readSmall(zip, officeKeyName, defaultBundleLimits);
    return out;
  } finally {
    zip.close();
  }
}

function officeKeyOf(bytes: Buffer): MinisignPublicKey {
  try {
    return decodePublicKey(bytes.toString('utf8'));
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    throw bundleRefusal(
      `数据包中的外事办公钥无法读取：${err.localized.zh}`,
      `The office key in the bundle cannot be read: ${err.localized.en}`,
    );
  }
}

const notEnrolled = () =>
  bundleRefusal(
    '本机尚未登记：请先导入外事办发来的登记数据包（waiban enrol 生成），核对并固定外事办密钥。',
    'This installation is not enrolled yet: import the enrolment bundle from the office (made by `waiban enrol`) first, and confirm the office key.',
  );

/**
 * Resolves whom to trust for a bundle before it is verified (docs/bundles.md, Trust): the roster held here,
 * or the newer one the office sent with it, checked against the pinned office key. A laptop not yet enrolled
 * accepts only an enrolment bundle, whose office key a person confirms by its fingerprint, and which must
 * list this installation with its own key.
 */
export async function trustForImport(ctx: ServiceContext, file: string, decision?: TrustDecision): Promise<ImportTrust> {
  const entries = await readTrustEntries(file);
  const pinned = officePin(ctx);
  let pin: { id?: string; key: MinisignPublicKey };
  if (pinned) {
    pin = pinned;
    if (entries.officeKey && !equalBytes(officeKeyOf(entries.officeKey).publicKey, pinned.key.publicKey)) {
      throw bundleRefusal(
        '数据包所附的外事办公钥与本机已固定的不同，不予接受。',
        'The office key in the bundle differs from the one pinned here; refused.',
      );
    }
  } else {
    if (!entries.officeKey || !entries.roster) throw notEnrolled();
    pin = { key: officeKeyOf(entries.officeKey) };
  }
  const incoming: SignedRoster | undefined =
    entries.roster && checkIncomingRoster(ctx, pin, entries.roster.bytes, entries.roster.signature);
  const roster: Roster | undefined = incoming?.roster ?? heldRoster(ctx)?.roster;
  if (!roster) throw notEnrolled();
  const enrolment = !pinned;
  if (enrolment) {
    const mine = roster.installations.find((e) => e.id === ctx.self.id);
    if (!mine || mine.status !== 'active' || !equalBytes(keyOfEntry(mine).publicKey, installationPublicKey(ctx).publicKey)) {
      throw bundleRefusal(
        '这个登记数据包不是发给本机的（名册中没有本机或本机的密钥），未做任何改动。',
        'This enrolment bundle is not for this installation (the roster does not list it with its key); nothing changed.',
      );
    }
    await confirmFingerprint(fingerprint(Buffer.from(pin.key.publicKey)), decision, { zh: '外事办', en: 'the office' });
  }
  // Asked once per change of the bundle (scope): each installation's key is decoded and fingerprinted once.
  const seen = new Map<string, InstallationDto | undefined>();
  const listed = (id: string): InstallationDto | undefined => {
    if (seen.has(id)) return seen.get(id);
    const e = roster.installations.find((i) => i.id === id);
    const key = e && keyOfEntry(e);
    const found = e &&
      key && {
        id: e.id,
        name: e.name,
        role: e.role,
        departments: e.departments,
        keyId: minisignKeyIdHex(key.keyId),
        fingerprint: fingerprint(Buffer.from(key.publicKey)),
        createdAt: e.enrolledAt,
      };
    seen.set(id, found);
    return found;
  };
  return {
    signers: rosterSigners(roster),
    enrolment,
    rosterVersion: roster.version,
    installation(id) {
      const found = listed(id);
      if (!found)
        throw bundleRefusal(
          `导出方 ${id} 不在名册中，数据包未导入。`,
          `The exporter ${id} is not in the roster; the bundle was not imported.`,
        );
      return found;
    },
    listed,
    checkRevoked: (c, manifest) => assertRevokedChains(c, roster.installations, manifest.segments),
    checkListed(manifest) {
      const listed = new Map(manifest.entries.map((e) => [e.path, e.sha256]));
      const read: [string, Buffer | undefined][] = [
        [rosterName, entries.roster?.bytes],
        [rosterSignatureName, entries.roster && Buffer.from(entries.roster.signature, 'utf8')],
        [officeKeyName, entries.officeKey],
      ];
      for (const [name, bytes] of read) {
        if (bytes && listed.get(name) !== sha256Hex(bytes))
          throw bundleRefusal(`条目 ${name} 与清单不符。`, `The entry ${name} does not match the manifest.`);
      }
    },
    commit(c) {
      if (enrolment) {
        dropLocalReferenceCopy(c);
        pinOffice(c, { id: roster.office, key: pin.key });
      }
      if (incoming) storeRoster(c, incoming);
    },
  };
}
