import { reachedBy, rows, type Metric } from './metric';

/** T11: the application for the qualification to enrol international students (or the qualification itself). */
export const studentQualification: Metric = {
  id: 'studentQualification',
  register: 'studentIntake',
  shape: 'milestone',
  rule: () => ({
    zh: '来华留学生记录中“招收留学生资格申请”或“获得招收留学生资格”的里程碑，按其日期；到年末有一条即视为完成申办。',
    en: 'International-student records of the milestone kinds "qualification applied for" or "qualification granted", by their date; one by the year\'s end completes the target.',
  }),
  count(input) {
    const milestones = rows<{ id: string; department: string; date: string }>(
      input.ctx,
      `SELECT "id", "department", "date" FROM "studentIntake" WHERE "deleted" = 0 AND "kind" IN ('qualificationApplied', 'qualificationGranted') AND "date" IS NOT NULL`,
    );
    return reachedBy(input.years, input.today, milestones);
  },
};

/** T12: international students enrolled: the first intake, and each intake after it. */
export const studentIntakes: Metric = {
  id: 'studentIntakes',
  register: 'studentIntake',
  shape: 'milestone',
  rule: () => ({
    zh: '来华留学生记录中的招生（学历生、短期访问生、国际工会干部研修生），按年度（有入学日期的按日期）；到年末有一批即视为已正式招生，列表为截至当年的各批招生。',
    en: "International-student intakes (degree, short-term visiting, trade-union cadre trainees), by year (or enrolment date when given); one intake by the year's end is the first intake; the list holds every intake up to that year.",
  }),
  count(input) {
    const intakes = rows<{ id: string; department: string; year: number; date: string | null }>(
      input.ctx,
      `SELECT "id", "department", "year", "date" FROM "studentIntake" WHERE "deleted" = 0 AND "kind" IN ('degree', 'shortTermVisiting', 'tradeUnionCadre')`,
    );
    return reachedBy(
      input.years,
      input.today,
      intakes.map((i) => ({ id: i.id, department: i.department, date: i.date ?? `${i.year}-01-01` })),
    );
  },
};
