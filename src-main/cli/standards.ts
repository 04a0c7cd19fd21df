import { AppError, currencyDigits, formatAmount, pick, type CategoryAmounts, type Locale, type TravelStandardEstimate } from '../contract';
import type { WaibanApp } from '../app/openApp';
import { printJson, UsageError } from './output';

const yuan = (fen: number) => formatAmount(fen, 2);

/** "USD=7.1234" -> ["USD", "7.1234"]: a rate given for a currency the trip's expenses carry none for. */
function parseRates(given: string[]): Record<string, string> {
  return Object.fromEntries(
    given.map((g) => {
      const m = /^([A-Z]{3})=(\S+)$/.exec(g);
      if (!m) throw new UsageError(`--rate takes CURRENCY=RATE such as USD=7.1234, not "${g}"`);
      return [m[1]!, m[2]!];
    }),
  );
}

function render(r: TravelStandardEstimate, locale: Locale): string {
  const zh = locale === 'zh';
  if (!r.computable)
    return `${zh ? '无法计算，缺少：' : 'Cannot compute: missing '}${r.missing.map((m) => pick(m, locale)).join(zh ? '；' : '; ')}\n`;
  const lines = [
    zh
      ? `${r.departDate} 至 ${r.returnDate}，${r.days} 天，${r.persons} 人`
      : `${r.departDate} to ${r.returnDate}, ${r.days} days, ${r.persons} persons`,
    ...r.stops.map((s) => {
      const money = (n: number) => formatAmount(n, currencyDigits(s.currency));
      return (
        `  ${s.leg}. ${s.country} ${s.city ?? ''} [${s.standard.title}, ${s.standard.effectiveFrom}] ${s.currency}: ` +
        (zh
          ? `住宿 ${s.lodgingNights}晚 ${money(s.lodging)}，伙食 ${s.foodDays}天 ${money(s.food)}，公杂 ${s.days}天 ${money(s.misc)}`
          : `lodging ${s.lodgingNights} nights ${money(s.lodging)}, food ${s.foodDays} days ${money(s.food)}, misc ${s.days} days ${money(s.misc)}`)
      );
    }),
  ];
  const row = (label: string, a: CategoryAmounts | null) =>
    `  ${label.padEnd(14)}${a ? [a.lodging, a.food, a.misc, a.total].map((n) => yuan(n).padStart(14)).join('') : zh ? '  （缺汇率）' : '  (no rate)'}`;
  const heads = zh ? ['住宿', '伙食', '公杂', '合计'] : ['lodging', 'food', 'misc', 'total'];
  lines.push(`  ${(zh ? '人民币（元）' : 'CNY').padEnd(14)}${heads.map((h) => h.padStart(14)).join('')}`);
  lines.push(row(zh ? '标准' : 'allowed', r.allowedCny), row(zh ? '预算' : 'planned', r.planned), row(zh ? '实际' : 'actual', r.actual));
  if (r.missingRates.length)
    lines.push(
      zh ? `缺少汇率：${r.missingRates.join('、')}（--rate 币种=汇率）` : `No rate for ${r.missingRates.join(', ')} (--rate CURRENCY=RATE)`,
    );
  if (r.budgetEstimate !== null) lines.push(`${zh ? '经费预算（全部费用）' : 'Budget estimate (all costs)'}: ${yuan(r.budgetEstimate)}`);
  lines.push(
    ...(r.flags.length ? r.flags.map((f) => `! ${pick(f.message, locale)}`) : [zh ? '未发现超标准项目' : 'Nothing over the standards']),
  );
  return `${lines.join('\n')}\n`;
}

/** `waiban standards --delegation ID [--rate CUR=RATE ...] [--json]`, through the same handler as the page. */
export async function runStandards(
  app: WaibanApp,
  o: { delegation?: string; rate?: string[]; json?: boolean },
  locale: Locale,
): Promise<number> {
  if (!o.delegation) throw new UsageError('--delegation ID is required');
  const result = await app.dispatch('delegations.travelStandard', {
    id: o.delegation,
    ...(o.rate?.length ? { rates: parseRates(o.rate) } : {}),
  });
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.issues);
  const estimate = result.value as TravelStandardEstimate;
  if (o.json) printJson(estimate);
  else process.stdout.write(render(estimate, locale));
  return estimate.computable ? 0 : 1;
}
