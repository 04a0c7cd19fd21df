import type { FieldIssue, FieldValue } from '../../contract';
import { issue } from '../../core/checks';
import type { ServiceContext } from '../context';

/** One adjustment per department and year: the evaluation reads a single call, so a second is refused. */
export function departmentEvaluationRules(ctx: ServiceContext, values: Record<string, FieldValue>, id: string): FieldIssue[] {
  const twin = ctx.sqlite
    .prepare('SELECT 1 FROM "departmentEvaluation" WHERE "evaluatedDepartment" = ? AND "year" = ? AND "deleted" = 0 AND "id" <> ?')
    .get(values.evaluatedDepartment, values.year, id);
  return twin
    ? [
        issue(
          'year',
          `${String(values.evaluatedDepartment)} 的 ${String(values.year)} 年度考核已有调整，请修改那一条`,
          `${String(values.evaluatedDepartment)} already has an adjustment for ${String(values.year)}; edit that one`,
        ),
      ]
    : [];
}
