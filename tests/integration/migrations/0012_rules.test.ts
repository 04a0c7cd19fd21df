import { describe, expect, it } from 'vitest';
import { bareDatabase, columnsOf, tablesOf } from './migrationHarness';

describe('migration 0012_rules', () => {
  it('adds the rule and holiday registers, the findings table, and the rule fields to subjects already on record, empty', async () => {
    const { sqlite, migrateUpTo } = bareDatabase();
    await migrateUpTo('0011_target_sources');
    sqlite.prepare(`INSERT INTO "delegation" ("id", "createdAt", "createdBy", "updatedAt", "updatedBy", "version", "head", "title") VALUES ('d1', 'x', 'x', 'x', 'x', 'x', 'x', '赴英访问')`).run();
    sqlite.prepare(`INSERT INTO "expert" ("id", "createdAt", "createdBy", "updatedAt", "updatedBy", "version", "head", "title") VALUES ('e1', 'x', 'x', 'x', 'x', 'x', 'x', '英语外教')`).run();
    await migrateUpTo('0012_rules');
    expect(tablesOf(sqlite)).toEqual(expect.arrayContaining(['rule', 'rule_fts', 'holidayCalendar', 'holidayCalendar_fts', 'ruleFinding']));
    expect(columnsOf(sqlite, 'delegation')).toEqual(expect.arrayContaining(['academicTask', 'noticeStart', 'approvedDate', 'justificationApproved', 'disclosureDate']));
    expect(columnsOf(sqlite, 'person')).toContain('leadership');
    expect(columnsOf(sqlite, 'conference')).toEqual(expect.arrayContaining(['discipline', 'highLevel', 'appliedDate']));
    expect(sqlite.prepare('SELECT "title", "academicTask", "noticeStart" FROM "delegation"').get()).toEqual({ title: '赴英访问', academicTask: null, noticeStart: null });
    expect(sqlite.prepare('SELECT "title", "residencePermitIssued" FROM "expert"').get()).toEqual({ title: '英语外教', residencePermitIssued: null });
    sqlite.close();
  });
});
