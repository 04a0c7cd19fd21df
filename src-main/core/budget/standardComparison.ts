import {
  currencyDigits,
  formatAmount,
  toCny,
  type CategoryAmounts,
  type CurrencyTotal,
  type RateUsed,
  type StandardCategory,
  type StandardFlag,
  type StopEstimate,
} from '../../contract';

/** A lodging, food or miscellaneous cost charged to the trip, as the expense register holds it. */
export interface TripExpense {
  id: string;
  description: string;
  stage: 'planned' | 'actual';
  category: StandardCategory;
  date: string;
  currency: string;
  amount: number;
  cnyAmount: number;
}

const amountKey = { lodging: 'lodging', food: 'food', miscellaneous: 'misc' } as const;
const categories: StandardCategory[] = ['lodging', 'food', 'miscellaneous'];
const categoryName = {
  lodging: { zh: '住宿费', en: 'lodging' },
  food: { zh: '伙食费', en: 'food' },
  miscellaneous: { zh: '公杂费', en: 'miscellaneous' },
};
const stageName = { planned: { zh: '预算', en: 'planned' }, actual: { zh: '实际支出', en: 'actual' } };
const money = (minor: number, currency: string) => `${formatAmount(minor, currencyDigits(currency))} ${currency}`;

const amounts = (lodging: number, food: number, misc: number): CategoryAmounts => ({ lodging, food, misc, total: lodging + food + misc });

/**
 * The allowance per currency, and in fen where the currency has a rate. Each category is converted once
 * (rounded to the fen by `toCny`) and the total is their sum, so the figures on screen add up.
 */
export function currencyTotals(stops: StopEstimate[], rates: ReadonlyMap<string, RateUsed>): CurrencyTotal[] {
  const order = [...new Set(stops.map((s) => s.currency))];
  return order.map((currency) => {
    const own = stops.filter((s) => s.currency === currency);
    const sum = (key: 'lodging' | 'food' | 'misc') => own.reduce((n, s) => n + s[key], 0);
    const total = amounts(sum('lodging'), sum('food'), sum('misc'));
    const rate = rates.get(currency) ?? null;
    const cny = rate
      ? amounts(toCny(total.lodging, currency, rate.rate), toCny(total.food, currency, rate.rate), toCny(total.misc, currency, rate.rate))
      : null;
    return { currency, ...total, rate, cny };
  });
}

/** The whole allowance in fen; null while any currency lacks a rate. */
export function allowedInCny(totals: CurrencyTotal[]): CategoryAmounts | null {
  if (totals.some((t) => !t.cny)) return null;
  return totals.reduce((a, t) => amounts(a.lodging + t.cny!.lodging, a.food + t.cny!.food, a.misc + t.cny!.misc), amounts(0, 0, 0));
}

/** A stage's lodging, food and miscellaneous costs in fen. */
export function expenseSums(expenses: TripExpense[], stage: 'planned' | 'actual'): CategoryAmounts {
  const sum = (c: StandardCategory) => expenses.filter((e) => e.stage === stage && e.category === c).reduce((n, e) => n + e.cnyAmount, 0);
  return amounts(sum('lodging'), sum('food'), sum('miscellaneous'));
}

/**
 * The stop a cost belongs to, by its date: a stop whose stay includes the date. A hotel is paid during the
 * stay or at check-out, so a lodging bill dated the day one stop ends and the next begins goes to the stop
 * that ends; food and miscellaneous go to the first such stop. A cost dated outside every stay (booked
 * before the trip) is measured only against the trip's total.
 */
export function stopOf(stops: StopEstimate[], expense: TripExpense): StopEstimate | null {
  const during = stops.filter((s) => s.arrive <= expense.date && expense.date <= s.leave);
  if (expense.category === 'lodging') return during.find((s) => expense.date > s.arrive) ?? during[0] ?? null;
  return during[0] ?? null;
}

const unitsOf = (stop: StopEstimate, category: StandardCategory, persons: number) =>
  (category === 'lodging' ? stop.lodgingNights : category === 'food' ? stop.foodDays : stop.days) * persons;

function stopFlag(
  stop: StopEstimate,
  category: StandardCategory,
  stage: 'planned' | 'actual',
  costs: TripExpense[],
  persons: number,
  rate: RateUsed | null,
): StandardFlag | null {
  const allowedHere = stop[amountKey[category]];
  const sameCurrency = costs.every((e) => e.currency === stop.currency);
  if (!sameCurrency && !rate) return null;
  const currency = sameCurrency ? stop.currency : 'CNY';
  const found = costs.reduce((n, e) => n + (sameCurrency ? e.amount : e.cnyAmount), 0);
  const allowed = sameCurrency ? allowedHere : toCny(allowedHere, stop.currency, rate!.rate);
  if (found <= allowed) return null;
  const units = unitsOf(stop, category, persons);
  const place = stop.city ? stop.city : stop.country;
  const [unitZh, unitEn] = category === 'lodging' ? ['人·晚', 'person-nights'] : ['人·天', 'person-days'];
  const cap = category === 'lodging' ? stop.perNight : category === 'food' ? stop.perDayFood : stop.perDayMisc;
  const hostProvided = (category === 'lodging' && stop.hostLodging) || (category === 'food' && stop.hostMeals);
  const c = categoryName[category];
  const s = stageName[stage];
  const message = hostProvided
    ? {
        zh: `${place}：对方已提供${category === 'lodging' ? '住宿' : '伙食'}，不应列支${c.zh}，${s.zh} ${money(found, currency)}`,
        en: `${place}: the host provides ${category === 'lodging' ? 'lodging' : 'meals'}, so no ${c.en} is payable; ${s.en} ${money(found, currency)}`,
      }
    : {
        zh: `${place}${c.zh}${s.zh} ${money(found, currency)}，超过标准 ${money(allowed, currency)}（${units} ${unitZh} × ${money(cap, stop.currency)}）`,
        en: `${place} ${c.en} (${s.en}) ${money(found, currency)} is over the standard ${money(allowed, currency)} (${units} ${unitEn} × ${money(cap, stop.currency)})`,
      };
  return {
    scope: 'stop',
    category,
    stage,
    leg: stop.leg,
    place,
    currency,
    found,
    allowed,
    units,
    expenses: costs.map((e) => ({ id: e.id, description: e.description, date: e.date })),
    message,
  };
}

/**
 * Costs over the standard: per stop, a category's costs of one stage against the stop's allowance (in the
 * standard's currency when they are paid in it, else in fen); then, for a category no stop flagged, the
 * trip's costs against the trip's allowance in fen.
 */
export function standardFlags(stops: StopEstimate[], persons: number, expenses: TripExpense[], totals: CurrencyTotal[]): StandardFlag[] {
  const flags: StandardFlag[] = [];
  const rateOf = (currency: string) => totals.find((t) => t.currency === currency)?.rate ?? null;
  const allowed = allowedInCny(totals);
  for (const stage of ['actual', 'planned'] as const) {
    for (const category of categories) {
      const costs = expenses.filter((e) => e.stage === stage && e.category === category);
      for (const stop of stops) {
        const here = costs.filter((e) => stopOf(stops, e) === stop);
        const flag = here.length ? stopFlag(stop, category, stage, here, persons, rateOf(stop.currency)) : null;
        if (flag) flags.push(flag);
      }
      if (!allowed || !costs.length || flags.some((f) => f.category === category && f.stage === stage)) continue;
      const found = costs.reduce((n, e) => n + e.cnyAmount, 0);
      const cap = allowed[amountKey[category]];
      if (found <= cap) continue;
      const c = categoryName[category];
      const s = stageName[stage];
      flags.push({
        scope: 'trip',
        category,
        stage,
        leg: null,
        place: null,
        currency: 'CNY',
        found,
        allowed: cap,
        units: null,
        expenses: costs.map((e) => ({ id: e.id, description: e.description, date: e.date })),
        message: {
          zh: `全程${c.zh}${s.zh} ${money(found, 'CNY')}，超过标准合计 ${money(cap, 'CNY')}`,
          en: `The trip's ${c.en} (${s.en}) ${money(found, 'CNY')} is over the standard total ${money(cap, 'CNY')}`,
        },
      });
    }
  }
  return flags;
}
