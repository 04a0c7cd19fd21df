import { byYear, reachedBy, rows, type Metric } from './metric';

/** T7: international conferences and forums held, hosted, organised or co-hosted, per year and in total. */
export const conferencesHosted: Metric = {
  id: 'conferencesHosted',
  register: 'conference',
  shape: 'flow',
  rule: () => ({
    zh: '我校主办、承办或合作举办、状态为“已举办”或“已总结”的国际会议和讲坛，按开始日期计入当年；对“截止期限”目标自规划首年起累计。筹备、申报、获批未举办和已取消的不计。',
    en: "International conferences and forums we hosted, organised or co-hosted that were held (held or summarised), in the year of their start date; for a target by a date, added up from the plan's first year. Planned, applied-for, approved-but-not-held and cancelled ones do not count.",
  }),
  count(input) {
    const held = rows<{ id: string; department: string; startDate: string }>(
      input.ctx,
      `SELECT "id", "department", "startDate" FROM "conference" WHERE "deleted" = 0 AND "status" IN ('held', 'closed') AND "startDate" <= ?`,
      input.today,
    );
    return byYear(
      input.years,
      held.map((c) => ({ id: c.id, department: c.department, date: c.startDate })),
    );
  },
};

/** T13: international trainings run (preparation first, then a class that opened). */
export const trainingsRun: Metric = {
  id: 'trainingsRun',
  register: 'training',
  shape: 'milestone',
  rule: () => ({
    zh: '到年末已开班（状态“进行中”或“已结业”）的国际培训，按开班日期；有一项即视为已实施。筹备、立项和已取消的不计。',
    en: "International trainings that opened by the year's end (running or completed), by start date; one is enough for the milestone. Planned, approved and cancelled ones do not count.",
  }),
  count(input) {
    const run = rows<{ id: string; department: string; startDate: string }>(
      input.ctx,
      `SELECT "id", "department", "startDate" FROM "training" WHERE "deleted" = 0 AND "status" IN ('running', 'completed')`,
    );
    return reachedBy(
      input.years,
      input.today,
      run.map((t) => ({ id: t.id, department: t.department, date: t.startDate })),
    );
  },
};
