import { describe, expect, it } from 'vitest';
import { formatAmount, isValidRate, parseAmount, toCny } from '../../../src-main/contract';

describe('amounts in minor units', () => {
  it('reads separators, full-width digits and the yuan sign; refuses more decimals than the currency has', () => {
    expect(parseAmount('12,345.67', 2)).toBe(1_234_567);
    expect(parseAmount('１２３４５.６', 2)).toBe(1_234_560);
    expect(parseAmount('￥1 000', 2)).toBe(100_000);
    expect(parseAmount('-3.5', 2)).toBe(-350);
    expect(parseAmount('1.234', 2)).toBeNull();
    expect(parseAmount('20000', 0)).toBe(20_000);
    expect(parseAmount('20000.5', 0)).toBeNull();
    expect(parseAmount('12a', 2)).toBeNull();
    expect(parseAmount('', 2)).toBeNull();
    expect(parseAmount('99999999999999999999', 2)).toBeNull();
  });

  it('formats with grouping and the currency digits', () => {
    expect(formatAmount(1_234_567, 2)).toBe('12,345.67');
    expect(formatAmount(5, 2)).toBe('0.05');
    expect(formatAmount(-100_000, 2)).toBe('-1,000.00');
    expect(formatAmount(20_000, 0)).toBe('20,000');
  });

  it('round-trips every amount it formats', () => {
    for (const minor of [0, 1, 99, 100, 123_456_789, 10 ** 12 + 7]) expect(parseAmount(formatAmount(minor, 2), 2)).toBe(minor);
  });
});

describe('conversion to CNY', () => {
  it('multiplies exactly and rounds half away from zero once, to the fen', () => {
    expect(toCny(123_456, 'USD', '7.1234')).toBe(879_426); // 8794.264704
    expect(toCny(1, 'USD', '0.5')).toBe(1); // 0.005 yuan -> 0.01
    expect(toCny(-1, 'USD', '0.5')).toBe(-1);
    expect(toCny(20_000, 'JPY', '0.048123')).toBe(96_246); // 962.46
    expect(toCny(10 ** 12, 'USD', '7.12345678')).toBe(7_123_456_780_000);
  });

  it('does not drift where floating point would (0.1 + 0.2 style)', () => {
    // 0.29 × 100 = 28.999999999999996 in doubles; exact arithmetic gives 29 fen.
    expect(toCny(29, 'USD', '1')).toBe(29);
    expect(toCny(1_005, 'GBP', '1.0')).toBe(1_005);
  });

  it('accepts only positive decimal rates', () => {
    expect(isValidRate('7.1234')).toBe(true);
    expect(isValidRate('0')).toBe(false);
    expect(isValidRate('0.00')).toBe(false);
    expect(isValidRate('-7')).toBe(false);
    expect(isValidRate('7.123456789')).toBe(false);
    expect(isValidRate('1e3')).toBe(false);
  });
});
