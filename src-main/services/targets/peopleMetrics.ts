import type { TableRow } from '../../contract';
import { byYear, rows, yearEnd, type Counted, type Metric } from './metric';

/** Trip stages reached only by going: a trip approved but not yet under way has sent nobody. */
const travelled = `('travelling', 'returned', 'reportFiled', 'closed')`;

/** The plan's funds for sending teachers abroad (教师访学进修基金, 中青年骨干教师国（境）外培训基金). */
const teacherFunds = ['teacherVisiting', 'youngTeacherTraining'];

/** T4: teachers who went abroad in the year on a trip charged to the school's teacher funds, each once. */
export const teachersAbroad: Metric = {
  id: 'teachersAbroad',
  register: 'person',
  shape: 'flow',
  rule: () => ({
    zh: '当年出境（按出境日期）的出访团组中类别为“教师”的成员，按人去重（一人多次出访只计一次）；团组须已出行（行程中、行程结束、报告已归档或已办结，已取消的不计），且有经费支出列支于“教师访学进修基金”或“中青年骨干教师国（境）外培训基金”。',
    en: 'Members of the category "teacher" of outbound delegations that left in the year (by start date), each teacher once however many trips; the trip must have happened (under way, ended, report filed or closed; cancelled ones never count) and have a cost charged to the teacher visiting fund or the young teacher overseas training fund.',
  }),
  count(input) {
    const trips = rows<{ departDate: string; members: string }>(
      input.ctx,
      `SELECT d."departDate", d."members" FROM "delegation" d
        WHERE d."deleted" = 0 AND d."direction" = 'outbound' AND d."status" IN ${travelled} AND d."departDate" <= ? AND d."members" IS NOT NULL
          AND EXISTS (SELECT 1 FROM "expense" e JOIN "allocation" a ON a."id" = e."allocation" JOIN "fund" f ON f."id" = a."fund"
                       WHERE e."delegation" = d."id" AND e."deleted" = 0 AND f."kind" IN (SELECT value FROM json_each(?)))`,
      input.today,
      JSON.stringify(teacherFunds),
    );
    const teachers = new Map(
      rows<{ id: string; department: string }>(
        input.ctx,
        `SELECT "id", "department" FROM "person" WHERE "deleted" = 0 AND "category" = 'teacher'`,
      ).map((p) => [p.id, p.department]),
    );
    const items = trips.flatMap((t) =>
      (JSON.parse(t.members) as TableRow[])
        .map((m) => String(m.person))
        .filter((p) => teachers.has(p))
        .map((id) => ({ id, department: teachers.get(id)!, date: t.departDate })),
    );
    return byYear(input.years, items);
  },
};

/** Kinds of overseas experience that are study or training (not a conference trip or a job). */
const studyKinds = new Set(['degree', 'visitingScholar', 'training']);

/** T5: teachers with overseas study or training experience by the year's end, over the teacher head-count. */
export const teachersWithExperience: Metric = {
  id: 'teachersWithExperience',
  register: 'person',
  shape: 'share',
  denominator: 'teachers',
  rule: () => ({
    zh: '年末前有境外学习培训经历的教师人数除以当年专任教师人数：人员库中类别为“教师”、境外经历中有学位、访问学者或进修培训（开始日期不晚于年末；未填日期的经历各年都计入），或参加过已出行的“培训/访学”出访团组的人员，按人去重。',
    en: 'Teachers with overseas study or training by the year\'s end, over that year\'s teacher head-count: people of the category "teacher" with an overseas experience of degree, visiting scholar or training (begun by the year\'s end; an undated one counts in every year), or a member of an outbound "training / visiting scholar" delegation that took place; each teacher once.',
  }),
  count(input) {
    const teachers = rows<{ id: string; department: string; overseasExperience: string | null }>(
      input.ctx,
      `SELECT "id", "department", "overseasExperience" FROM "person" WHERE "deleted" = 0 AND "category" = 'teacher'`,
    );
    const byId = new Map(teachers.map((t) => [t.id, t.department]));
    // The earliest day each teacher's study or training abroad began ('' when a row has no date).
    const since = new Map<string, string>();
    const note = (id: string, day: string) => {
      const seen = since.get(id);
      if (seen === undefined || day < seen) since.set(id, day);
    };
    for (const t of teachers) {
      for (const row of (t.overseasExperience ? JSON.parse(t.overseasExperience) : []) as TableRow[]) {
        if (studyKinds.has(String(row.kind))) note(t.id, typeof row.from === 'string' ? row.from : '');
      }
    }
    const trips = rows<{ departDate: string; members: string }>(
      input.ctx,
      `SELECT "departDate", "members" FROM "delegation" WHERE "deleted" = 0 AND "direction" = 'outbound' AND "purpose" = 'training'
          AND "status" IN ${travelled} AND "departDate" <= ? AND "members" IS NOT NULL`,
      input.today,
    );
    for (const trip of trips)
      for (const m of JSON.parse(trip.members) as TableRow[]) if (byId.has(String(m.person))) note(String(m.person), trip.departDate);
    return new Map(
      input.years.map((year): [number, Counted] => {
        const end = yearEnd(year, input.today);
        return [year, new Map([...since].filter(([, day]) => day <= end).map(([id]) => [id, byId.get(id)!]))];
      }),
    );
  },
};

/** T8: students who went abroad in the year, over the enrolment of that year. */
export const studentsAbroad: Metric = {
  id: 'studentsAbroad',
  register: 'person',
  shape: 'share',
  denominator: 'studentsEnrolled',
  rule: () => ({
    zh: '当年出境（按出境日期）交流学习的学生人数除以当年在校生人数：学生出国（境）交流中状态为“在外学习”或“已返校”的记录，按学生去重；已录取未出境和已取消的不计。',
    en: "Students who left for study abroad in the year (by departure date), over that year's enrolment: student mobility records that are abroad or returned, each student once; admitted-but-not-gone and cancelled ones do not count.",
  }),
  count(input) {
    const stays = rows<{ student: string; department: string; fromDate: string }>(
      input.ctx,
      `SELECT "student", "department", "fromDate" FROM "mobility" WHERE "deleted" = 0 AND "status" IN ('abroad', 'returned') AND "fromDate" <= ?`,
      input.today,
    );
    return byYear(
      input.years,
      stays.map((s) => ({ id: s.student, department: s.department, date: s.fromDate })),
    );
  },
};
