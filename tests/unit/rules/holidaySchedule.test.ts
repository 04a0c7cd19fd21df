import { describe, expect, it } from 'vitest';
import holidayCalendar from '../../../assets/defaults/holidayCalendar.json';
import { daysOfSchedule, scheduleOfDays } from '../../../src-main/core/rules/holidaySchedule';

describe('a holiday schedule as the notice states it', () => {
  it.each(holidayCalendar.map((y) => [y.year, y] as const))('reads %s back as ranges and makes the same days of them', (_, y) => {
    const schedule = scheduleOfDays(y.days);
    expect(daysOfSchedule(schedule)).toEqual({ days: [...y.days].sort((a, b) => a.date.localeCompare(b.date)), issues: [] });
    expect(schedule.holidays.length).toBeLessThan(y.days.length);
  });

  it('reads the 2026 Spring Festival as one range and its two make-up days apart', () => {
    const y2026 = holidayCalendar.find((y) => y.year === 2026)!;
    const schedule = scheduleOfDays(y2026.days);
    expect(schedule.holidays.find((h) => h.name === '春节')).toEqual({ name: '春节', from: '2026-02-15', to: '2026-02-23' });
    expect(schedule.workdays.filter((w) => w.name === '春节调休').map((w) => w.date)).toEqual(['2026-02-14', '2026-02-28']);
  });

  it('refuses a range that ends before it starts or runs past a month', () => {
    const { issues } = daysOfSchedule({
      holidays: [
        { name: '春节', from: '2027-02-13', to: '2027-02-06' },
        { name: '国庆节', from: '2027-10-01', to: '2027-12-01' },
      ],
      workdays: [],
    });
    expect(issues.map((i) => i.field)).toEqual(['holidays.0.to', 'holidays.1.to']);
    expect(issues[1]!.message.zh).toBe('第 2 个假期（国庆节）超过 31 天，请检查日期');
  });
});
