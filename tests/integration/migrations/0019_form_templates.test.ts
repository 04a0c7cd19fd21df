import { describe, expect, it } from 'vitest';
import { bareDatabase, columnsOf, tablesOf } from './migrationHarness';

describe('migration 0019_form_templates', () => {
  it('adds the empty register of form templates with its search table and its lookup by form', async () => {
    const { sqlite, migrateUpTo } = bareDatabase();
    await migrateUpTo('0018_calendar_notice');
    await migrateUpTo('0019_form_templates');
    expect(tablesOf(sqlite)).toEqual(expect.arrayContaining(['formTemplate', 'formTemplate_fts']));
    expect(columnsOf(sqlite, 'formTemplate')).toEqual(expect.arrayContaining(['form', 'title', 'organisation', 'effectiveFrom', 'effectiveTo', 'fields', 'wording', 'footnote', 'signoffs', 'notes']));
    expect(sqlite.prepare('SELECT count(*) AS n FROM "formTemplate"').get()).toEqual({ n: 0 });
    const plan = sqlite.prepare(`EXPLAIN QUERY PLAN SELECT "id" FROM "formTemplate" WHERE "form" = 'tripApproval' AND "deleted" = 0 ORDER BY "effectiveFrom"`).all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('formTemplate_form');
    sqlite.close();
  });
});
