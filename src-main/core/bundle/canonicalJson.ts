/**
 * JSON with every object's keys sorted and no white space. A change is hashed and signed as these bytes, so
 * the same change must always print the same way, whatever order its fields were built in.
 * Keys sort by UTF-16 code units (sort()'s default order for strings). Parts are joined, not appended: an
 * appended string is a rope that costs more to build and to flatten when the segment is encoded.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const k of Object.keys(record).sort()) {
    const v = record[k];
    if (v !== undefined) parts.push(`${JSON.stringify(k)}:${canonicalJson(v)}`);
  }
  return `{${parts.join(',')}}`;
}
