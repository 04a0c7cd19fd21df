import { describe, expect, it } from 'vitest';
import { bareDatabase, columnsOf, tablesOf } from './migrationHarness';

describe('migration 0011_target_sources', () => {
  it('gives targets already on record an empty source, and adds the head-counts and evaluation adjustments registers', async () => {
    const { sqlite, migrateUpTo } = bareDatabase();
    await migrateUpTo('0008_bundle_imports');
    sqlite
      .prepare(`INSERT INTO "planTarget" ("id", "createdAt", "createdBy", "updatedAt", "updatedBy", "version", "head", "code", "titleZh") VALUES ('t1', 'x', 'x', 'x', 'x', 'x', 'x', 'T1', '合作院校')`)
      .run();
    await migrateUpTo('0011_target_sources');
    expect(columnsOf(sqlite, 'planTarget')).toEqual(expect.arrayContaining(['source', 'metric', 'qualifyingTypes', 'manualValues', 'achievedOn', 'achievementNote']));
    expect(sqlite.prepare('SELECT "code", "source", "metric", "manualValues" FROM "planTarget"').get()).toEqual({ code: 'T1', source: null, metric: null, manualValues: null });
    expect(tablesOf(sqlite)).toEqual(expect.arrayContaining(['annualFigure', 'annualFigure_fts', 'departmentEvaluation', 'departmentEvaluation_fts']));
    expect(columnsOf(sqlite, 'annualFigure')).toEqual(expect.arrayContaining(['id', 'year', 'teachers', 'studentsEnrolled', 'source']));
    expect(columnsOf(sqlite, 'departmentEvaluation')).toEqual(expect.arrayContaining(['year', 'evaluatedDepartment', 'suggestion', 'note']));
    sqlite.close();
  });
});
