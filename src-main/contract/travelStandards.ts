import { z } from 'zod';
import type { Localized } from './localized';
import { ratePattern } from './money';

/**
 * A delegation measured against the daily standards (财行〔2013〕516号): rates may be given per currency
 * (CNY for one unit, e.g. the Bank of China selling rate of the return date) where the trip's own expenses
 * carry none.
 */
export const travelStandardEstimateInputSchema = z
  .object({
    id: z.string().min(1).max(100),
    rates: z.record(z.string().regex(/^[A-Z]{3}$/), z.string().regex(ratePattern)).optional(),
  })
  .strict();

export type StandardCategory = 'lodging' | 'food' | 'miscellaneous';

/** The version of a standard a stop was measured under. */
export interface StandardVersion {
  id: string;
  title: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  source: string | null;
}

/** One stop of the itinerary (airside transfers earn nothing and are left out). Amounts in the standard's minor units. */
export interface StopEstimate {
  /** 1-based row of the itinerary as travelled. */
  leg: number;
  country: string;
  city: string | null;
  stop: 'visit' | 'transit';
  arrive: string;
  leave: string;
  hostLodging: boolean;
  hostMeals: boolean;
  standard: StandardVersion;
  currency: string;
  /** The standard: lodging cap per person-night, food and miscellaneous per person-day. */
  perNight: number;
  perDayFood: number;
  perDayMisc: number;
  /** Nights spent at the stop, and those that earn lodging (not at a transit stop, not host-provided). */
  nights: number;
  lodgingNights: number;
  /** Days counted to the stop (border to border), and those that earn food (not host-provided). */
  days: number;
  foodDays: number;
  lodging: number;
  food: number;
  misc: number;
}

export interface CategoryAmounts {
  lodging: number;
  food: number;
  misc: number;
  total: number;
}

/** Where a rate came from: an expense of the trip (with its date and source) or entered for this estimate. */
export interface RateUsed {
  rate: string;
  date: string | null;
  source: string | null;
  expense: string | null;
}

/** The allowance in one currency, and in fen where a rate is known. */
export interface CurrencyTotal extends CategoryAmounts {
  currency: string;
  rate: RateUsed | null;
  cny: CategoryAmounts | null;
}

/**
 * A cost over its standard: a stop's expenses of one category and stage against what the stop allows
 * (`units` person-nights or person-days), or a category of the whole trip against the trip's allowance.
 */
export interface StandardFlag {
  scope: 'stop' | 'trip';
  category: StandardCategory;
  stage: 'planned' | 'actual';
  leg: number | null;
  place: string | null;
  currency: string;
  found: number;
  allowed: number;
  units: number | null;
  expenses: { id: string; description: string; date: string }[];
  message: Localized;
}

export type TravelStandardEstimate =
  | { computable: false; missing: Localized[] }
  | {
      computable: true;
      departDate: string;
      returnDate: string;
      persons: number;
      days: number;
      stops: StopEstimate[];
      totals: CurrencyTotal[];
      /** The allowance in fen: null while a currency has no rate (named in `missingRates`). */
      allowedCny: CategoryAmounts | null;
      missingRates: string[];
      budgetEstimate: number | null;
      /** The trip's lodging, food and miscellaneous expenses in fen, by stage. */
      planned: CategoryAmounts;
      actual: CategoryAmounts;
      flags: StandardFlag[];
    };
