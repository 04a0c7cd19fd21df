import { describe, expect, it } from 'vitest';
import { bareDatabase } from './migrationHarness';
import { migrations } from '../../../migrations';

/**
 * The schema every migration together arrives at, checked in as text: a migration that changes more (or less) than
 * its author meant shows in review as a change to schema.sql. After a deliberate schema change: `npx vitest run
 * tests/integration/migrations/schemaSnapshot.test.ts -u`.
 */
describe('the schema after all migrations', () => {
  it('is the one checked in', async () => {
    const { sqlite, migrateUpTo } = bareDatabase();
    await migrateUpTo(Object.keys(migrations).at(-1)!);
    const objects = sqlite
      .prepare(`SELECT "type", "name", "sql" FROM sqlite_master WHERE "sql" IS NOT NULL AND "name" NOT LIKE 'sqlite_%' ORDER BY "type", "name"`)
      .all() as { type: string; name: string; sql: string }[];
    sqlite.close();
    const text = objects.map((o) => `-- ${o.type} ${o.name}\n${o.sql};\n`).join('\n');
    await expect(text).toMatchFileSnapshot('./schema.sql');
  });
});
