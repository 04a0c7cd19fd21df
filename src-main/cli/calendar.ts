import { pick, type HolidayScheduleDto, type Locale } from '../contract';
import type { WaibanApp } from '../app/openApp';
import { enterHolidaySchedule, holidaySchedule } from '../services/holidaySchedule';
import { printJson, UsageError } from './output';

interface CalendarOptions {
  year?: string;
  'notice-number'?: string;
  'notice-date'?: string;
  source?: string;
  holiday?: string[];
  workday?: string[];
  json?: boolean;
}

const yearOf = (text: string | undefined): number => {
  const year = Number(text);
  if (!text || !Number.isInteger(year) || year < 2000 || year > 2100) throw new UsageError('calendar needs --year YYYY (2000-2100)');
  return year;
};

/** "春节=2027-02-06..2027-02-14", or one day "元旦=2027-01-01". */
function holidayOf(text: string) {
  const m = /^([^=]+)=(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?$/.exec(text.trim());
  if (!m) throw new UsageError(`--holiday "${text}": write NAME=FIRST..LAST (e.g. 春节=2027-02-06..2027-02-14) or NAME=DAY`);
  return { name: m[1]!.trim(), from: m[2]!, to: m[3] ?? m[2]! };
}

/** "春节=2027-02-20": a weekend day worked (调休上班). */
function workdayOf(text: string) {
  const m = /^([^=]*)=(\d{4}-\d{2}-\d{2})$/.exec(text.trim());
  if (!m) throw new UsageError(`--workday "${text}": write NAME=DAY (e.g. 春节=2027-02-20)`);
  return { name: m[1]!.trim(), date: m[2]! };
}

function text(s: HolidayScheduleDto, locale: Locale): string {
  if (!s.recordId) return `${pick({ zh: `${s.year} 年的节假日安排尚未录入`, en: `No holiday schedule entered for ${s.year}` }, locale)}\n`;
  const lines = [
    `${s.year} ${s.noticeNumber} ${s.noticeDate}`.trim(),
    ...s.holidays.map((h) => `  ${pick({ zh: '放假', en: 'off' }, locale)} ${h.name} ${h.from}${h.to !== h.from ? `..${h.to}` : ''}`),
    ...s.workdays.map((w) => `  ${pick({ zh: '调休上班', en: 'worked' }, locale)} ${w.name} ${w.date}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** `waiban calendar show|enter`: a year's holiday schedule as the State Council's notice states it. */
export function runCalendar(app: WaibanApp, sub: string | undefined, options: CalendarOptions, locale: Locale): void {
  const year = yearOf(options.year);
  if (sub === 'show') {
    const schedule = holidaySchedule(app.ctx, year);
    return options.json ? printJson(schedule) : void process.stdout.write(text(schedule, locale));
  }
  if (sub !== 'enter')
    throw new UsageError(
      'calendar show --year YYYY | calendar enter --year YYYY --notice-number N --notice-date D --holiday NAME=FIRST..LAST ... [--workday NAME=DAY ...]',
    );
  const saved = enterHolidaySchedule(app.ctx, app.writer, {
    year,
    noticeNumber: options['notice-number'] ?? '',
    noticeDate: options['notice-date'] ?? '',
    ...(options.source ? { source: options.source } : {}),
    holidays: (options.holiday ?? []).map(holidayOf),
    workdays: (options.workday ?? []).map(workdayOf),
  });
  if (options.json) return printJson({ id: saved.record.id, uncheckedBefore: saved.uncheckedBefore, uncheckedAfter: saved.uncheckedAfter });
  process.stdout.write(
    `${pick(
      {
        zh: `已保存 ${year} 年节假日安排（${saved.record.id}）；因缺少该年日历无法检查的出访团组：之前 ${saved.uncheckedBefore} 个，现在 ${saved.uncheckedAfter} 个`,
        en: `Saved the ${year} holiday schedule (${saved.record.id}); trips that could not be checked for want of it: ${saved.uncheckedBefore} before, ${saved.uncheckedAfter} now`,
      },
      locale,
    )}\n`,
  );
}
