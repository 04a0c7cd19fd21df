import type { ConflictDetail, FieldValue } from '../../../src-main/contract';

/**
 * What to send for the choices made: one version kept as it was (the only way to keep a deletion) when every
 * field comes from it, else the merged values — each differing field from the version picked for it.
 */
export function resolutionOf(
  detail: ConflictDetail,
  chosen: Record<string, number>,
): { pick: string } | { values: Record<string, FieldValue> } {
  const picked = new Set(detail.differing.map((k) => chosen[k] ?? 0));
  if (picked.size <= 1) return { pick: detail.versions[[...picked][0] ?? 0]!.changeId };
  const values: Record<string, FieldValue> = {};
  for (const key of detail.differing) {
    const v = detail.versions[chosen[key] ?? 0]!;
    values[key] = v.values?.[key] ?? null;
  }
  return { values };
}
