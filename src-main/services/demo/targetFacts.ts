import { officeDepartment } from '../../core/registers/department';
import { localDate } from '../../ports/clock';
import { createRecords, saveRecord } from '../recordCommands';
import type { ChangeWriter } from '../changeWriter';
import { registerOf, type ServiceContext } from '../context';
import { blankValues } from './agreements';

/**
 * What the targets need that no register holds, as the office would enter it: each year's head-counts since
 * the 13th plan began (sized from the people the demo wrote, so the shares are plausible for them: about
 * one registered teacher in two of the university's teachers, one registered student in forty of those
 * enrolled), the 13th plan's milestones reported by hand (T14-T16), when the built-in plan is there, and one
 * adjustment the office made at last year's evaluation meeting.
 */
export function addDemoTargetFacts(ctx: ServiceContext, writer: ChangeWriter): { annualFigures: number } {
  const year = Number(localDate(ctx.clock.now()).slice(0, 4));
  const count = (category: string) =>
    (ctx.sqlite.prepare(`SELECT count(*) AS n FROM "person" WHERE "deleted" = 0 AND "category" = ?`).get(category) as { n: number }).n;
  const teachers = Math.max(50, count('teacher') * 2);
  const students = Math.max(1000, count('student') * 40);
  const known = new Set(ctx.sqlite.prepare(`SELECT "year" FROM "annualFigure" WHERE "deleted" = 0`).pluck().all() as number[]);
  const figures = [];
  for (let y = 2016; y <= year; y++) {
    if (known.has(y)) continue;
    // The university grew a little every year of the plan and after it.
    const growth = 1 + (y - 2016) * 0.02;
    figures.push({
      department: officeDepartment,
      data: {
        ...blankValues('annualFigure'),
        year: y,
        teachers: Math.round(teachers * growth),
        studentsEnrolled: Math.round(students * growth),
        source: `人事处、教务处${y}年底统计（演示数据）`,
      },
    });
  }
  const written = createRecords(ctx, writer, registerOf('annualFigure'), figures).length;

  const reached: Record<string, [string, string]> = {
    T14: ['2018-06-30', '校院两级外事工作机构设置完成，各院系部配备外事联络员'],
    T15: ['2017-05-20', '学校英文网站上线'],
    T16: ['2017-09-01', '首位外籍语言教师到岗'],
  };
  const milestones = ctx.sqlite
    .prepare(
      `SELECT t."id", t."code" FROM "planTarget" t JOIN "plan" p ON p."id" = t."plan" WHERE p."code" = '13th' AND t."deleted" = 0 AND t."achievedOn" IS NULL AND t."source" = 'manual'`,
    )
    .all() as { id: string; code: string }[];
  writer.transaction(() => {
    for (const m of milestones.filter((m) => reached[m.code])) {
      const [achievedOn, achievementNote] = reached[m.code]!;
      saveRecord(ctx, writer, { register: 'planTarget', id: m.id, values: { achievedOn, achievementNote } });
    }
  });
  addDemoAdjustment(ctx, writer, year - 1);
  return { annualFigures: written };
}

/** The office kept a department's funding although the computed rule would cut it: the reason is recorded. */
function addDemoAdjustment(ctx: ServiceContext, writer: ChangeWriter, year: number): void {
  const department = ctx.sqlite
    .prepare(`SELECT "code" FROM "department" WHERE "deleted" = 0 AND "code" <> ? ORDER BY "code" LIMIT 1`)
    .pluck()
    .get(officeDepartment) as string | undefined;
  const adjusted = ctx.sqlite.prepare(
    `SELECT 1 FROM "departmentEvaluation" WHERE "deleted" = 0 AND "year" = ? AND "evaluatedDepartment" = ?`,
  );
  if (!department || adjusted.get(year, department)) return;
  createRecords(ctx, writer, registerOf('departmentEvaluation'), [
    {
      department: officeDepartment,
      data: {
        ...blankValues('departmentEvaluation'),
        year,
        evaluatedDepartment: department,
        suggestion: 'keep',
        note: '下半年两项出访因对方原因推迟，已列入次年计划，经费维持（演示数据）',
      },
    },
  ]);
}
