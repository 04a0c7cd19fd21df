import type { ReportHtmlInput } from '../../contract';
import { findRegister } from '../../core/registers';
import { renderReportHtml } from '../../core/targets/reportHtml';
import type { ServiceContext } from '../context';
import { evaluation } from './evaluation';
import { rows } from './metric';
import { targetsReport } from './targetsReport';

/** A moment as the office's clock shows it (the machine's local time), to the minute. */
const localTime = (ms: number) => {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
};

/** The printable leadership report of the plan and year, computed now: what the CLI writes and the app prints. */
export function reportHtml(ctx: ServiceContext, input: ReportHtmlInput): { html: string } {
  const locale = input.locale ?? 'zh';
  const report = targetsReport(ctx, { plan: input.plan, year: input.year });
  const names = new Map(
    rows<{ code: string; nameZh: string; nameEn: string | null }>(
      ctx,
      'SELECT "code", "nameZh", "nameEn" FROM "department" WHERE "deleted" = 0',
    ).map((d) => [d.code, locale === 'zh' ? d.nameZh : d.nameEn || d.nameZh]),
  );
  const html = renderReportHtml({
    report,
    evaluation: evaluation(ctx, { plan: report.plan?.id, year: report.year }),
    locale,
    generatedAt: localTime(ctx.clock.now()).slice(0, 10),
    asOf: localTime(Date.parse(report.asOf)),
    departmentName: (code) => names.get(code) ?? code,
    registerLabel: (name) => findRegister(name)?.label ?? { zh: name, en: name },
  });
  return { html };
}
