/**
 * JSON with every object's keys sorted and no white space. A change is hashed and signed as these bytes, so
 * the same change must always print the same way, whatever order its fields were built in.
 * Keys sort by UTF-16 code units (sort()'s default order for strings); written as a plain loop because every
 * change of a 100k-record export passes through here.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    // An undefined item prints as nothing, as the earlier map-and-join did (JSON never carries one).
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + ((canonicalJson(value[i]) as string | undefined) ?? '');
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const k of keys) {
    const v = record[k];
    if (v === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(k)}:${canonicalJson(v)}`;
    first = false;
  }
  return `${out}}`;
}
