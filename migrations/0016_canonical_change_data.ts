import { sql, type Kysely } from 'kysely';

const page = 2000;

/**
 * Every change's data is kept as canonical JSON (keys sorted, as a segment carries it), so sealing a segment joins
 * stored text instead of parsing each change and printing it again. Rows kept before, printed in the order their
 * fields were built, are printed again; the values do not change. A page at a time, each page one UPDATE.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  let after = 0;
  for (;;) {
    const { rows } = await sql<{ seq: number; data: string }>`
      SELECT "seq", "data" FROM "changeLog" WHERE "seq" > ${after} AND "data" IS NOT NULL ORDER BY "seq" LIMIT ${page}`.execute(db);
    if (rows.length === 0) return;
    const changed = rows.flatMap((r) => {
      const canonical = canonicalJson(JSON.parse(r.data) as unknown);
      return canonical === r.data ? [] : [[r.seq, canonical]];
    });
    if (changed.length) {
      await sql`UPDATE "changeLog" SET "data" = json_extract(j."value", '$[1]')
        FROM json_each(${JSON.stringify(changed)}) j WHERE "changeLog"."seq" = json_extract(j."value", '$[0]')`.execute(db);
    }
    after = rows.at(-1)!.seq;
  }
}

/**
 * JSON with every object's keys sorted and no white space, as the app printed a change when this migration was
 * written. Frozen here, part by part, so a later change to the app's printer cannot change what this migration does.
 */
function canonicalJson(value: unknown): string {
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
