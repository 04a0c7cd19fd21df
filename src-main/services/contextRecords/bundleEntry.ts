import { contextName } from '../../core/bundle/entryNames';
import { parseBoundedJson } from '../../core/bundle/boundedJson';
import { contextFormat, readContextDocument, type ContextRecord } from '../../core/bundle/contextRecords';
import { defaultBundleLimits } from '../../core/bundle/limits';
import type { Manifest } from '../../core/bundle/manifest';
import { bundleRefusal } from '../../core/bundle/refusal';
import type { Destination } from '../../contract';
import { sha256Hex } from '../bundle/segments';
import { readSmall } from '../bundle/verifyBundle';
import type { ZipEntry } from '../bundle/zipWriter';
import { openCheckedZip } from '../bundle/zipReader';
import type { ServiceContext } from '../context';
import { contextFor } from './closure';
import { departmentsOf } from '../bundle/destinations';

/** Office: the context entry of a bundle for a department's laptop. */
export function contextEntries(ctx: ServiceContext, to: Destination | undefined): ZipEntry[] {
  if (ctx.self.role !== 'office' || !to?.startsWith('department:')) return [];
  const document = { format: contextFormat, records: contextFor(ctx, departmentsOf(to)) };
  return [{ path: contextName, bytes: Buffer.from(`${JSON.stringify(document)}\n`, 'utf8') }];
}

/**
 * Laptop: the context records an office bundle carries, read again and held to the hash its verified manifest
 * lists (the file may not change between reads); undefined when the bundle carries none.
 */
export async function readContextEntry(file: string, manifest: Manifest): Promise<ContextRecord[] | undefined> {
  const listed = manifest.entries.find((e) => e.path === contextName);
  if (!listed) return undefined;
  const limits = { ...defaultBundleLimits, jsonBytes: defaultBundleLimits.entryBytes };
  const zip = await openCheckedZip(file, defaultBundleLimits);
  try {
    const bytes = await readSmall(zip, contextName, limits);
    if (sha256Hex(bytes) !== listed.sha256)
      throw bundleRefusal(`条目 ${contextName} 与清单不符。`, `The entry ${contextName} does not match the manifest.`);
    return readContextDocument(parseBoundedJson(bytes.toString('utf8'), limits, contextName));
  } finally {
    zip.close();
  }
}
