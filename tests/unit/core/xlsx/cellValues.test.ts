import { describe, expect, it } from 'vitest';
import { cellValue, dateOf, type NameLookups } from '../../../../src-main/core/xlsx/cellValues';
import { agreement } from '../../../../src-main/core/registers/agreement';
import { expense } from '../../../../src-main/core/registers/expense';

const names: NameLookups = {
  records: (_register, text) => (({ 伦敦大学学院: ['p1'], 牛津大学: ['p2', 'p3'] }) as Record<string, string[]>)[text] ?? [],
  departments: (text) => (['FAO', '国际交流处'].includes(text) ? ['FAO'] : []),
};
const valueOf = (key: string, cell: string | number | boolean) =>
  cellValue(
    agreement.fields.find((f) => f.key === key)!,
    cell,
    {},
    names,
  );

describe('reading a cell as a field value', () => {
  it('reads dates from serial numbers and the ways offices write them, and nothing that is not a date', () => {
    for (const cell of [43586, 43586.75, '2019-05-01', '2019/5/1', '2019.5.1', '2019年5月1日', '２０１９年５月１日', '2019-05-01 00:00:00'])
      expect(dateOf(cell)).toBe('2019-05-01');
    for (const cell of ['2019-02-30', '2019-13-01', '5/1/2019', 'soon', 0, 3e6]) expect(dateOf(cell)).toBeNull();
  });

  it('reads money with thousands separators in the currency of its row, and refuses too many decimals', () => {
    const money = expense.fields.find((f) => f.type === 'money' && f.currencyField)!;
    expect(cellValue(money, '1,234.56', { [money.currencyField!]: 'CNY' }, names)).toEqual({ value: 123456 });
    expect(cellValue(money, 1234.5600000001, { [money.currencyField!]: 'CNY' }, names)).toEqual({ value: 123456 });
    expect(cellValue(money, '1,234', { [money.currencyField!]: 'JPY' }, names)).toEqual({ value: 1234 });
    expect(cellValue(money, '1.5', { [money.currencyField!]: 'JPY' }, names)).toHaveProperty('reason');
  });

  it('reads options by value or zh/en label, booleans as 是/否/yes/no/true/false', () => {
    expect(valueOf('type', '学生交流')).toEqual({ value: 'studentExchange' });
    expect(valueOf('type', 'STUDENT  EXCHANGE')).toEqual({ value: 'studentExchange' });
    expect(valueOf('type', 'research')).toEqual({ value: 'research' });
    expect(valueOf('type', '友好往来')).toHaveProperty('reason');
    for (const [cell, value] of [
      ['是', true],
      ['否', false],
      ['Yes', true],
      ['no', false],
      ['TRUE', true],
      [false, false],
    ] as const) {
      expect(valueOf('autoRenewal', cell)).toEqual({ value });
    }
    expect(valueOf('autoRenewal', '也许')).toHaveProperty('reason');
  });

  it('reads references by title and departments by code or name, refusing a missing or ambiguous name', () => {
    expect(valueOf('partner', '伦敦大学学院')).toEqual({ value: 'p1' });
    expect(valueOf('partner', '牛津大学')).toEqual({
      reason: expect.objectContaining({ en: '"牛津大学" names 2 records of Partner; which one is unclear' }),
    });
    expect(valueOf('partner', '剑桥大学')).toEqual({ reason: expect.objectContaining({ en: 'No Partner named "剑桥大学"' }) });
    expect(valueOf('department', '国际交流处')).toEqual({ value: 'FAO' });
    expect(valueOf('departmentsInvolved', 'FAO、国际交流处')).toEqual({ value: ['FAO', 'FAO'] });
  });
});
