import { describe, expect, it } from 'vitest';
import type { BackupKind } from '../../../../src-main/contract';
import { retainedBackups } from '../../../../src-main/core/backup/retention';

/** Local noon of a day, so time zones do not move a backup into the next day. */
const at = (date: string, hour = 12) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00`).getTime();
const backup = (date: string, hour = 12, kind: BackupKind = 'daily') => ({
  name: `${date} ${hour}h ${kind}`,
  created: at(date, hour),
  kind,
});

/** A week after the last backup of any test: none is within the last 24 hours unless a test says so. */
const later = at('2027-01-01');
const kept = (backups: ReturnType<typeof backup>[], rule = { daily: 7, weekly: 4, monthly: 12 }, now = later) =>
  [...retainedBackups(backups, rule, now)].map((b) => b.name).sort();

/** One automatic backup a day at noon, from `from` for `days` days. */
function daily(from: string, days: number) {
  const start = new Date(`${from}T12:00:00`);
  return Array.from({ length: days }, (_, i) => {
    const d = new Date(start);
    d.setDate(d.getDate() + i);
    const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    return backup(date);
  });
}

describe('retention: 7 daily, 4 weekly, 12 monthly', () => {
  it('keeps every backup while there are fewer than seven days of them', () => {
    const backups = daily('2026-11-01', 5);
    expect(kept(backups)).toEqual(backups.map((b) => b.name).sort());
  });

  it('of a year of daily backups keeps the last 7 days, the newest of the last 4 weeks and of the last 12 months', () => {
    // 2025-12-01 .. 2026-11-30 (Monday 30 November is the last day).
    const backups = daily('2025-12-01', 365);
    const names = kept(backups);
    const days = ['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30'];
    // Weeks end on Sundays: the week of the 30th is the current one, then the weeks ending 29, 22, 15 November.
    const weeks = ['2026-11-30', '2026-11-29', '2026-11-22', '2026-11-15'];
    const months = [
      '2026-11-30',
      '2026-10-31',
      '2026-09-30',
      '2026-08-31',
      '2026-07-31',
      '2026-06-30',
      '2026-05-31',
      '2026-04-30',
      '2026-03-31',
      '2026-02-28',
      '2026-01-31',
      '2025-12-31',
    ];
    expect(names).toEqual([...new Set([...days, ...weeks, ...months])].map((d) => `${d} 12h daily`).sort());
    expect(names).toHaveLength(7 + 2 + 11);
  });

  it('keeps the newest of a day that has several, whatever their kind', () => {
    const backups = [backup('2026-11-27', 9), backup('2026-11-27', 14, 'before-import'), backup('2026-11-27', 11, 'before-migration')];
    expect(kept(backups, { daily: 1, weekly: 0, monthly: 0 })).toEqual(['2026-11-27 14h before-import']);
  });

  it('never drops a backup made by hand, and does not count it against the rule', () => {
    const backups = [...daily('2026-11-01', 10), backup('2026-10-01', 12, 'manual'), backup('2026-11-10', 18, 'manual')];
    const names = kept(backups, { daily: 2, weekly: 0, monthly: 0 });
    expect(names).toEqual(['2026-10-01 12h manual', '2026-11-09 12h daily', '2026-11-10 12h daily', '2026-11-10 18h manual']);
  });

  it("keeps every automatic backup of the last 24 hours, such as those before each of a morning's imports", () => {
    const backups = [
      backup('2026-11-26', 9),
      backup('2026-11-27', 9),
      backup('2026-11-27', 10, 'before-import'),
      backup('2026-11-27', 11, 'before-import'),
    ];
    expect(kept(backups, { daily: 1, weekly: 0, monthly: 0 }, at('2026-11-27', 12))).toEqual([
      '2026-11-27 10h before-import',
      '2026-11-27 11h before-import',
      '2026-11-27 9h daily',
    ]);
    expect(kept(backups, { daily: 1, weekly: 0, monthly: 0 }, at('2026-11-28', 10))).toEqual(['2026-11-27 11h before-import']);
  });

  it('keeps nothing automatic with a rule of zeros, and only the newest with 1/0/0', () => {
    const backups = daily('2026-11-01', 3);
    expect(kept(backups, { daily: 0, weekly: 0, monthly: 0 })).toEqual([]);
    expect(kept(backups, { daily: 1, weekly: 0, monthly: 0 })).toEqual(['2026-11-03 12h daily']);
  });
});
