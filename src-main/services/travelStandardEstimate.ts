import type { RateUsed, StandardCategory, TableRow, TravelStandardEstimate } from '../contract';
import { allowedInCny, currencyTotals, expenseSums, standardFlags, type TripExpense } from '../core/budget/standardComparison';
import { estimateStops, type StandardRow } from '../core/budget/travelStandard';
import { storeOf, type ServiceContext } from './context';
import { notFound } from './recordQueries';

const standardCategories: StandardCategory[] = ['lodging', 'food', 'miscellaneous'];

interface ExpenseRow extends TripExpense {
  rate: string | null;
  rateDate: string | null;
  rateSource: string | null;
}

/**
 * The rate a currency is converted at: one given for this estimate, else the rate the trip's own expenses
 * in that currency were booked at (the budget code's rate: bank statement or Bank of China selling rate),
 * an actual cost's before a planned one's, the latest first.
 */
function ratesFor(currencies: string[], expenses: ExpenseRow[], given: Record<string, string>): Map<string, RateUsed> {
  const rates = new Map<string, RateUsed>();
  for (const currency of currencies) {
    if (currency === 'CNY') rates.set(currency, { rate: '1', date: null, source: null, expense: null });
    else if (given[currency]) rates.set(currency, { rate: given[currency]!, date: null, source: 'entered', expense: null });
    else {
      const booked = expenses
        .filter((e) => e.currency === currency && e.rate)
        .sort(
          (a, b) =>
            (a.stage === b.stage ? 0 : a.stage === 'actual' ? -1 : 1) ||
            String(b.rateDate ?? b.date).localeCompare(String(a.rateDate ?? a.date)),
        )[0];
      if (booked)
        rates.set(currency, { rate: booked.rate!, date: booked.rateDate, source: booked.rateSource, expense: booked.description });
    }
  }
  return rates;
}

/**
 * An outbound delegation against the daily standards in force on its departure date: the allowance per
 * stop, in each standard's currency and in fen, its budget estimate and its lodging, food and
 * miscellaneous costs beside it, and the costs over the standard.
 */
export function travelStandardEstimate(ctx: ServiceContext, input: { id: string; rates?: Record<string, string> }): TravelStandardEstimate {
  const store = storeOf(ctx, 'delegation');
  const row = store.get(input.id);
  if (!row) throw notFound('delegation', input.id);
  const d = store.values(row);
  if (d.direction !== 'outbound') {
    return {
      computable: false,
      missing: [
        {
          zh: '出访团组（来访接待不按出国开支标准计算）',
          en: 'an outbound delegation (inbound visits are not measured by the standards abroad)',
        },
      ],
    };
  }
  const legs = (d.legs as TableRow[] | null) ?? [];
  const persons = ((d.members as TableRow[] | null) ?? []).length;
  const countries = [...new Set(legs.map((l) => String(l.country)))];
  const standards = ctx.sqlite
    .prepare(
      `SELECT "id", "title", "country", "city", "currency", "lodging", "food", "misc", "effectiveFrom", "effectiveTo", "source"
         FROM "travelStandard" WHERE "deleted" = 0 AND "country" IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(countries)) as StandardRow[];
  const trip = { departDate: d.departDate as string | null, returnDate: d.returnDate as string | null, legs, persons };
  const estimate = estimateStops(trip, standards);
  if (!estimate.computable) return estimate;

  const expenses = ctx.sqlite
    .prepare(
      `SELECT "id", "description", "stage", "category", "date", "currency", "amount", "cnyAmount", "rate", "rateDate", "rateSource"
         FROM "expense" WHERE "deleted" = 0 AND "delegation" = ? AND "category" IN (SELECT value FROM json_each(?)) ORDER BY "date", "id"`,
    )
    .all(input.id, JSON.stringify(standardCategories)) as ExpenseRow[];
  const currencies = [...new Set(estimate.stops.map((s) => s.currency))];
  const totals = currencyTotals(estimate.stops, ratesFor(currencies, expenses, input.rates ?? {}));
  return {
    computable: true,
    departDate: trip.departDate!,
    returnDate: trip.returnDate!,
    persons,
    days: estimate.days,
    stops: estimate.stops,
    totals,
    allowedCny: allowedInCny(totals),
    missingRates: totals.filter((t) => !t.rate).map((t) => t.currency),
    budgetEstimate: (d.budgetEstimate as number | null) ?? null,
    planned: expenseSums(expenses, 'planned'),
    actual: expenseSums(expenses, 'actual'),
    flags: standardFlags(estimate.stops, persons, expenses, totals),
  };
}
