import { describe, expect, it } from 'vitest';
import { bareDatabase, columnsOf } from './migrationHarness';

describe('migration 0018_calendar_notice', () => {
  it("adds the notice's number and date to the holiday calendar, empty for the years already entered", async () => {
    const { sqlite, migrateUpTo } = bareDatabase();
    await migrateUpTo('0017_context_records');
    sqlite.prepare(`INSERT INTO "holidayCalendar" ("id", "createdAt", "createdBy", "updatedAt", "updatedBy", "version", "head", "title", "year", "days", "source")
      VALUES ('c1', 'x', 'x', 'x', 'x', 'x', 'x', '2026年节假日安排', 2026, '[]', '国务院办公厅通知')`).run();
    await migrateUpTo('0018_calendar_notice');
    expect(columnsOf(sqlite, 'holidayCalendar')).toEqual(expect.arrayContaining(['noticeNumber', 'noticeDate']));
    expect(sqlite.prepare('SELECT "year", "source", "noticeNumber", "noticeDate" FROM "holidayCalendar"').get()).toEqual({ year: 2026, source: '国务院办公厅通知', noticeNumber: null, noticeDate: null });
    sqlite.close();
  });
});
