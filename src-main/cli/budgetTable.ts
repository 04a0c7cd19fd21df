import { formatAmount, type BudgetSummary } from '../contract';

const yuan = (fen: number) => formatAmount(fen, 2).padStart(16);

/** Budget against spending per fund, in yuan to the fen, for `waiban stats`. */
export function budgetTable(summary: BudgetSummary, zh: boolean): string {
  const head = zh
    ? `\n${summary.fiscalYear} 年度经费（元）\n${'经费'.padEnd(20)}${['总额', '已分配', '已支出', '预计', '余额'].map((h) => h.padStart(14)).join('  ')}\n`
    : `\nFunds ${summary.fiscalYear} (CNY)\n${'Fund'.padEnd(22)}${['Total', 'Allocated', 'Spent', 'Committed', 'Remaining'].map((h) => h.padStart(16)).join('')}\n`;
  if (!summary.funds.length) return `${head}${zh ? '（本年度尚无经费）' : '(no funds this year)'}\n`;
  const rows = [...summary.funds, { name: zh ? '合计' : 'Total', ...summary.totals }];
  return (
    head +
    rows
      .map((r) => `${r.name.slice(0, 20).padEnd(22)}${[r.total, r.available, r.spent, r.committed, r.remaining].map(yuan).join('')}\n`)
      .join('')
  );
}
