import travelStandards from '../../assets/defaults/travelStandards.json';
import { currencyDigits, parseAmount, type FieldValue } from '../contract';
import { officeDepartment } from '../core/registers/department';
import { deriveTravelStandard } from '../core/registers/travelStandard';
import { builtIn } from './defaults';
import type { ChangeWriter } from './changeWriter';
import { registerOf, type ServiceContext } from './context';

/**
 * The daily standards a new installation starts from, for the countries the university visits most.
 * Where the figures come from: the table of 财行〔2013〕516号 (附表2, in force from 2014). Japan and Korea
 * are copied from that table as universities publish it; the other rows follow its style and currencies but
 * could not be checked against the original here, and say so in their notes. Standards have been adjusted
 * since (lodging by 财行〔2017〕434号), so the office must check every row against the notice currently in
 * force and edit it, ending the old version and adding a new one, before relying on the calculator.
 * Loaded once, into an empty table, as ordinary changes so they sync and keep history.
 */
export function loadTravelStandards(ctx: ServiceContext, writer: ChangeWriter, created: boolean): void {
  if ((ctx.sqlite.prepare('SELECT count(*) AS n FROM "travelStandard"').get() as { n: number }).n > 0) return;
  // A department laptop upgraded to this version gets the office's standards by sync: office records it
  // wrote itself would go into its next bundle, and the office refuses a bundle carrying office data. A new
  // one loads them like its other defaults, which are kept out of its bundles.
  if (ctx.self.role !== 'office' && !created) return;
  const def = registerOf('travelStandard');
  const amount = (text: string, currency: string) => parseAmount(text, currencyDigits(currency));
  const records = travelStandards.map((row) => {
    const values: Record<string, FieldValue> = Object.fromEntries(def.fields.map((f) => [f.key, null]));
    Object.assign(values, row, {
      lodging: amount(row.lodging, row.currency),
      food: amount(row.food, row.currency),
      misc: amount(row.misc, row.currency),
    });
    return { data: { ...values, ...deriveTravelStandard(values) }, department: officeDepartment };
  });
  writer.transaction(() => builtIn(ctx, writer, def, records));
}
