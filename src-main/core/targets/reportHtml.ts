import {
  pick,
  type EvaluationTable,
  type Locale,
  type Localized,
  type TargetResult,
  type TargetsReport,
  type TargetStatus,
} from '../../contract';

export interface ReportInput {
  report: TargetsReport;
  evaluation: EvaluationTable;
  locale: Locale;
  /** When the report was made and the data's as-of time, as the reader's clock shows them. */
  generatedAt: string;
  asOf: string;
  departmentName(code: string): string;
  registerLabel(name: string): Localized;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const statusText: Record<TargetStatus, Localized> = {
  met: { zh: '已达成', en: 'Met' },
  onTrack: { zh: '按计划推进', en: 'On track' },
  atRisk: { zh: '有风险', en: 'At risk' },
  behind: { zh: '滞后', en: 'Behind' },
  noData: { zh: '无数据', en: 'No data' },
};

const suggestionText: Record<string, Localized> = {
  increase: { zh: '增加经费', en: 'Increase' },
  keep: { zh: '维持', en: 'Keep' },
  reduce: { zh: '扣减经费', en: 'Reduce' },
  noPlan: { zh: '无年度计划', en: 'No annual plan' },
};

const taskStatusText: Record<string, Localized> = {
  notStarted: { zh: '未开始', en: 'Not started' },
  inProgress: { zh: '进行中', en: 'In progress' },
  done: { zh: '已完成', en: 'Done' },
  delayed: { zh: '滞后', en: 'Behind' },
};

const words = {
  title: { zh: '国际交流与合作规划执行情况报告', en: 'International Exchange and Cooperation: Progress Report' },
  made: { zh: '报告日期', en: 'Report date' },
  asOf: { zh: '数据截至', en: 'Data as of' },
  year: { zh: '考察年度', en: 'Year' },
  noPlan: { zh: '没有可报告的规划。', en: 'There is no plan to report on.' },
  problems: { zh: '数据提示', en: 'Data notes' },
  targets: { zh: '一、规划目标完成情况', en: '1. Plan targets' },
  tasks: { zh: '二、实施时间表', en: '2. Timetable' },
  evaluation: { zh: '三、院系部年度考核', en: '3. Department evaluation' },
  risks: { zh: '四、待关注的风险', en: '4. Open risks' },
  noRisks: { zh: '没有滞后、有风险或缺少数据的目标。', en: 'No target is behind, at risk or without data.' },
  code: { zh: '编号', en: 'No.' },
  target: { zh: '目标', en: 'Target' },
  goal: { zh: '目标值', en: 'Target value' },
  actual: { zh: '实际', en: 'Actual' },
  status: { zh: '状态', en: 'Status' },
  reason: { zh: '判定依据', en: 'Why' },
  task: { zh: '任务', en: 'Task' },
  schedule: { zh: '时间进度', en: 'Schedule' },
  responsible: { zh: '责任部门', en: 'Responsible' },
  department: { zh: '部门', en: 'Department' },
  completion: { zh: '年度计划完成', en: 'Plan completion' },
  results: { zh: '当年成果', en: 'Results of the year' },
  suggestion: { zh: '规则建议', en: 'Suggested' },
  adjusted: { zh: '外事办调整', en: 'Office adjustment' },
  none: { zh: '无', en: 'none' },
};

/** A target's figure as a reader checks it: a share with its head-count, a milestone as done or not. */
function figure(t: TargetResult, w: (l: Localized) => string): string {
  if (t.actual === null) return `<span class="nodata">${esc(w(statusText.noData))}</span>`;
  if (t.kind === 'milestone') return t.actual >= 1 ? w({ zh: '已完成', en: 'Done' }) : w({ zh: '未完成', en: 'Not yet' });
  if (t.kind === 'percent')
    return `${t.actual}%${t.denominator !== null ? ` <small>(${t.records?.ids.length ?? 0}/${t.denominator})</small>` : ''}`;
  return String(t.actual);
}

/**
 * The leadership report as one standalone HTML page (inline CSS, A4, CJK fonts): the plan's targets with the
 * rule behind each status, the timetable, the department evaluation with the office's adjustments, and the
 * open risks. The CLI prints it to PDF and the app prints the same page, so both show the same figures.
 */
export function renderReportHtml(input: ReportInput): string {
  const { report, evaluation, locale } = input;
  const w = (l: Localized) => pick(l, locale);
  const e = (l: Localized) => esc(w(l));
  const depts = (codes: string[]) => esc(codes.map(input.departmentName).join(locale === 'zh' ? '、' : ', '));
  const plan = report.plan;
  const head = `<h1>${e(words.title)}</h1>
<p class="meta">${plan ? `<strong>${esc(w(plan.name))}</strong>（${plan.startYear}–${plan.endYear}）· ` : ''}${e(words.year)}：${report.year} · ${e(words.made)}：${esc(input.generatedAt)} · ${e(words.asOf)}：${esc(input.asOf)}</p>`;
  const problems = report.problems.length
    ? `<div class="problems"><strong>${e(words.problems)}</strong><ul>${report.problems.map((p) => `<li>${e(p)}</li>`).join('')}</ul></div>`
    : '';
  const targets = report.targets
    .map(
      (t) =>
        `<tr class="${t.status}"><td>${esc(t.code)}</td><td>${e(t.title)}</td><td>${esc(t.targetText)}</td><td class="num">${figure(t, w)}</td><td><span class="badge ${t.status}">${e(statusText[t.status])}</span></td><td class="reason">${e(t.statusReason)}</td></tr>`,
    )
    .join('\n');
  const tasks = report.tasks
    .map(
      (t) =>
        `<tr><td>${t.number}</td><td>${e(t.title)}</td><td>${esc(t.schedule)}</td><td>${depts(t.responsibleDepartments)}</td><td>${e(taskStatusText[t.status] ?? { zh: t.status, en: t.status })}</td></tr>`,
    )
    .join('\n');
  const evaluationRows = evaluation.departments
    .map((d) => {
      const results = d.results.length
        ? d.results.map((r) => `${e(input.registerLabel(r.register))} ${r.count}`).join('，')
        : e(words.none);
      const completion = d.completion === null ? '—' : `${d.doneCount}/${d.plannedCount}（${Math.round(d.completion * 100)}%）`;
      const adjusted = d.adjustedSuggestion
        ? `${e(suggestionText[d.adjustedSuggestion]!)}${d.adjustmentNote ? `：${esc(d.adjustmentNote)}` : ''}`
        : '';
      return `<tr><td>${esc(input.departmentName(d.department))}</td><td class="num">${completion}</td><td>${results}</td><td title="${e(d.suggestionReason)}">${e(suggestionText[d.suggestion]!)}</td><td>${adjusted}</td></tr>`;
    })
    .join('\n');
  const risky = report.targets.filter((t) => t.status === 'behind' || t.status === 'atRisk' || t.status === 'noData');
  const risks = risky.length
    ? `<ul>${risky.map((t) => `<li><strong>${esc(t.code)} ${e(t.title)}</strong>（${e(statusText[t.status])}）：${e(t.missing ?? t.statusReason)}</li>`).join('')}</ul>`
    : `<p>${e(words.noRisks)}</p>`;
  const body = plan
    ? `<h2>${e(words.targets)}</h2>
<table class="targets"><thead><tr><th>${e(words.code)}</th><th>${e(words.target)}</th><th>${e(words.goal)}</th><th>${e(words.actual)}</th><th>${e(words.status)}</th><th>${e(words.reason)}</th></tr></thead><tbody>
${targets}
</tbody></table>
${report.tasks.length ? `<h2>${e(words.tasks)}</h2><table><thead><tr><th>${e(words.code)}</th><th>${e(words.task)}</th><th>${e(words.schedule)}</th><th>${e(words.responsible)}</th><th>${e(words.status)}</th></tr></thead><tbody>${tasks}</tbody></table>` : ''}`
    : `<p>${e(words.noPlan)}</p>`;
  return `<!DOCTYPE html>
<html lang="${locale === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${e(words.title)} ${report.year}</title>
<style>
@page { size: A4; margin: 16mm 14mm; }
body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 10pt; color: #222; line-height: 1.45; }
h1 { font-size: 17pt; text-align: center; margin: 0 0 4pt; }
h2 { font-size: 12.5pt; margin: 14pt 0 6pt; border-bottom: 1px solid #999; }
.meta { text-align: center; color: #555; margin: 0 0 10pt; }
table { width: 100%; border-collapse: collapse; page-break-inside: auto; }
tr { page-break-inside: avoid; }
th, td { border: 1px solid #bbb; padding: 3pt 4pt; vertical-align: top; text-align: left; }
th { background: #f0f0f0; }
td.num { text-align: right; white-space: nowrap; }
th { white-space: nowrap; }
table.targets td:nth-child(2) { width: 24%; } table.targets td:nth-child(3) { width: 11%; }
td.reason { font-size: 8.5pt; color: #444; }
.badge { white-space: nowrap; padding: 0 3pt; border-radius: 3pt; }
.badge.met { background: #d3f9d8; } .badge.onTrack { background: #d0ebff; } .badge.atRisk { background: #fff3bf; }
.badge.behind { background: #ffe3e3; } .badge.noData { background: #e9ecef; } .nodata { color: #868e96; }
.problems { border: 1px solid #f08c00; background: #fff9db; padding: 4pt 8pt; margin-bottom: 8pt; }
</style></head>
<body>
${head}
${problems}
${body}
<h2>${e(words.evaluation)}（${evaluation.year}）</h2>
<table><thead><tr><th>${e(words.department)}</th><th>${e(words.completion)}</th><th>${e(words.results)}</th><th>${e(words.suggestion)}</th><th>${e(words.adjusted)}</th></tr></thead><tbody>
${evaluationRows}
</tbody></table>
<h2>${e(words.risks)}</h2>
${risks}
</body></html>
`;
}
