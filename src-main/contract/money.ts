import type { EnumOption } from './register';

/**
 * Money is kept in integer minor units of its currency (fen for CNY, cents for USD, whole yen for JPY);
 * exchange rates as exact decimal strings. Both the backend and the forms parse and format with these, so
 * a figure reads the same everywhere. The rounding rule is stated once: `toCny`.
 */
export interface Currency {
  code: string;
  /** Digits after the decimal point in the currency's minor unit. */
  digits: number;
  label: { zh: string; en: string };
}

export const currencies: Currency[] = [
  { code: 'CNY', digits: 2, label: { zh: '人民币', en: 'Chinese yuan' } },
  { code: 'USD', digits: 2, label: { zh: '美元', en: 'US dollar' } },
  { code: 'EUR', digits: 2, label: { zh: '欧元', en: 'Euro' } },
  { code: 'GBP', digits: 2, label: { zh: '英镑', en: 'Pound sterling' } },
  { code: 'JPY', digits: 0, label: { zh: '日元', en: 'Japanese yen' } },
  { code: 'KRW', digits: 0, label: { zh: '韩元', en: 'South Korean won' } },
  { code: 'HKD', digits: 2, label: { zh: '港币', en: 'Hong Kong dollar' } },
  { code: 'MOP', digits: 2, label: { zh: '澳门元', en: 'Macao pataca' } },
  { code: 'TWD', digits: 2, label: { zh: '新台币', en: 'New Taiwan dollar' } },
  { code: 'AUD', digits: 2, label: { zh: '澳元', en: 'Australian dollar' } },
  { code: 'CAD', digits: 2, label: { zh: '加元', en: 'Canadian dollar' } },
  { code: 'CHF', digits: 2, label: { zh: '瑞士法郎', en: 'Swiss franc' } },
  { code: 'SGD', digits: 2, label: { zh: '新加坡元', en: 'Singapore dollar' } },
  { code: 'RUB', digits: 2, label: { zh: '卢布', en: 'Russian ruble' } },
  { code: 'THB', digits: 2, label: { zh: '泰铢', en: 'Thai baht' } },
  { code: 'NZD', digits: 2, label: { zh: '新西兰元', en: 'New Zealand dollar' } },
];

export const baseCurrency = 'CNY';

export const currencyOptions: EnumOption[] = currencies.map((c) => ({
  value: c.code,
  label: { zh: `${c.label.zh} ${c.code}`, en: `${c.code} ${c.label.en}` },
}));

export const currencyDigits = (code: string | null | undefined): number => currencies.find((c) => c.code === code)?.digits ?? 2;

/** The largest amount a field holds, in minor units: well inside a double's exact integers. */
export const maxMinorUnits = 10 ** 15;

/**
 * "12,345.67", "１２３４５.６７" or "12345" -> minor units; null when it is not an amount in that currency
 * (too many decimals, letters). Thousands separators are allowed anywhere a spreadsheet would put them.
 */
export function parseAmount(text: string, digits: number): number | null {
  const s = text
    .normalize('NFKC')
    .replace(/[,\s，]/g, '')
    .replace(/^¥|^￥/, '');
  const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(s);
  if (!m) return null;
  const fraction = m[3] ?? '';
  if (fraction.length > digits) return null;
  const minor = Number(`${m[2]}${fraction.padEnd(digits, '0')}`);
  if (!Number.isSafeInteger(minor) || minor > maxMinorUnits) return null;
  return m[1] ? -minor : minor;
}

/** Minor units -> "12,345.67" (grouped, the currency's digits, no symbol). */
export function formatAmount(minor: number, digits: number): string {
  const negative = minor < 0;
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = digits ? `.${text.slice(-digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** An exchange rate: CNY for one unit of the currency, up to 8 decimals, greater than zero. */
export const ratePattern = /^\d{1,6}(\.\d{1,8})?$/;

export const isValidRate = (rate: string): boolean => ratePattern.test(rate) && /[1-9]/.test(rate);

/**
 * Converts an amount to fen: amount × rate, rounded half away from zero to the fen, once per amount (never
 * per line of a sum), in exact integer arithmetic.
 */
export function toCny(minor: number, currency: string, rate: string): number {
  if (!isValidRate(rate)) throw new Error(`invalid rate ${rate}`);
  const [whole, fraction = ''] = rate.split('.');
  const rateScaled = BigInt(`${whole}${fraction}`);
  // fen = minor / 10^digits × rate × 100 = minor × rateScaled × 10^(2 - digits) / 10^fraction.length
  const shift = 2 - currencyDigits(currency) - fraction.length;
  let numerator = BigInt(minor) * rateScaled;
  let denominator = 1n;
  if (shift >= 0) numerator *= 10n ** BigInt(shift);
  else denominator = 10n ** BigInt(-shift);
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  const rounded = (abs * 2n + denominator) / (denominator * 2n);
  return Number(negative ? -rounded : rounded);
}
