import { parseBoundedJson } from '../../core/bundle/boundedJson';
import { manifestName } from '../../core/bundle/entryNames';
import { defaultBundleLimits } from '../../core/bundle/limits';
import { readManifest } from '../../core/bundle/manifest';
import { bundleRefusal } from '../../core/bundle/refusal';
import { keyIdFromHex, type MinisignPublicKey } from '../../core/signing/minisignKey';
import type { ServiceContext } from '../context';
import { knownInstallation } from '../installation';
import { openCheckedZip } from './zipReader';

/**
 * The key a bundle must be signed with when the user picks only the file (the Sync page): the manifest names
 * its exporter, and the key is the one registered here for that installation — never one the bundle brings.
 * Nothing read here is trusted yet; import verifies the signature with this key before using anything else.
 */
export async function exporterKey(ctx: ServiceContext, file: string): Promise<MinisignPublicKey> {
  const zip = await openCheckedZip(file, defaultBundleLimits);
  let exporter: string;
  try {
    if (!zip.names.includes(manifestName) || zip.declaredSize(manifestName) > defaultBundleLimits.jsonBytes) {
      throw bundleRefusal('这不是外办台账数据包（缺少清单 manifest.json）。', 'This is not a Waiban bundle (it has no manifest.json).');
    }
    exporter = readManifest(parseBoundedJson((await zip.read(manifestName)).toString('utf8'), defaultBundleLimits, manifestName)).exporter;
  } finally {
    zip.close();
  }
  const known = knownInstallation(ctx.sqlite, exporter);
  if (!known) {
    throw bundleRefusal(
      `导出方 ${exporter} 不是本机登记的安装：请先登记对方（核对其密钥指纹），再导入。`,
      `The exporter ${exporter} is not an installation registered here: register it first (checking its key fingerprint), then import.`,
    );
  }
  return { keyId: keyIdFromHex(known.keyId), publicKey: new Uint8Array(known.publicKey) };
}
