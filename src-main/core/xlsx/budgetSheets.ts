import type { BudgetLine, BudgetState, BudgetSummary, Localized } from '../../contract';
import { fundKinds } from '../registers/fund';
import { moneyFormat, type SheetCell } from './cells';
import type { SheetSpec } from './sheet';

const text = (v: string): SheetCell => ({ t: 's', v });
const yuan = (fen: number): SheetCell => ({ t: 'n', v: fen / 100, z: moneyFormat(2) });

const stateLabel: Record<BudgetState, string> = { ok: '正常', nearLimit: '接近上限', over: '超支' };

/** The figures of every line, in the budget page's order. */
const lineHeaders: Localized[] = [
  { zh: '已分配（元）', en: 'Allocated (CNY)' },
  { zh: '实际支出（元）', en: 'Spent (CNY)' },
  { zh: '预计支出（元）', en: 'Committed (CNY)' },
  { zh: '余额（元）', en: 'Remaining (CNY)' },
  { zh: '状态', en: 'State' },
];
const lineCells = (l: BudgetLine): SheetCell[] => [
  yuan(l.available),
  yuan(l.spent),
  yuan(l.committed),
  yuan(l.remaining),
  text(stateLabel[l.state]),
];

const totalLabel = text('合计 Total');

function sheet(name: string, headers: Localized[], rows: SheetCell[][], total: SheetCell[], widths: number[]): SheetSpec {
  return {
    name,
    rows: [headers.map((h) => text(h.zh)), headers.map((h) => text(h.en)), ...rows, total],
    widths: [...widths, 16, 16, 16, 16, 10],
    headerRows: 2,
  };
}

export interface BudgetNames {
  department(code: string): string;
  fund(id: string): string;
}

/**
 * The budget page as a workbook: by fund, by department and by allocation, each with its total row, amounts as
 * numbers in yuan (the summary is in fen, so every total reconciles to the fen), for the supervising body.
 */
export function budgetSheets(summary: BudgetSummary, names: BudgetNames): SheetSpec[] {
  const kindLabel = (kind: string) => fundKinds.find((k) => k.value === kind)?.label.zh ?? kind;
  const fundHeaders: Localized[] = [
    { zh: '经费', en: 'Fund' },
    { zh: '经费类别', en: 'Kind' },
    { zh: '管理部门', en: 'Department' },
    { zh: '经费总额（元）', en: 'Total (CNY)' },
    { zh: '未分配（元）', en: 'Unallocated (CNY)' },
    ...lineHeaders,
  ];
  const t = summary.totals;
  const funds = sheet(
    `${summary.fiscalYear} 按经费 By fund`,
    fundHeaders,
    summary.funds.map((f) => [
      text(f.name),
      text(kindLabel(f.kind)),
      text(names.department(f.department)),
      yuan(f.total),
      yuan(f.unallocated),
      ...lineCells(f),
    ]),
    [totalLabel, text(''), text(''), yuan(t.total), yuan(t.unallocated), ...lineCells(t)],
    [30, 16, 16, 16, 16],
  );
  const allocatedTotal: BudgetLine = {
    available: t.available,
    spent: t.spent,
    committed: t.committed,
    remaining: t.remaining,
    state: t.state,
  };
  const departments = sheet(
    `${summary.fiscalYear} 按部门 By department`,
    [{ zh: '部门', en: 'Department' }, ...lineHeaders],
    summary.departments.map((d) => [text(names.department(d.department)), ...lineCells(d)]),
    [totalLabel, ...lineCells(allocatedTotal)],
    [24],
  );
  const allocations = sheet(
    `${summary.fiscalYear} 按分配 By allocation`,
    [{ zh: '经费分配', en: 'Allocation' }, { zh: '经费', en: 'Fund' }, { zh: '部门', en: 'Department' }, ...lineHeaders],
    summary.allocations.map((a) => [text(a.title), text(names.fund(a.fund)), text(names.department(a.department)), ...lineCells(a)]),
    [totalLabel, text(''), text(''), ...lineCells(allocatedTotal)],
    [30, 30, 16],
  );
  return [funds, departments, allocations];
}
