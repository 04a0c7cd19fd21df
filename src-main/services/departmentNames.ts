import type { Localized } from '../contract';
import { prepared } from '../db/preparedCache';
import type { ServiceContext } from './context';

/** A department as messages name it: "法学院" / "School of Law", falling back to its code. */
export function departmentName(ctx: ServiceContext, code: string): Localized {
  const row = ctx.sqlite.prepare('SELECT "nameZh", "nameEn" FROM "department" WHERE "code" = ? AND "deleted" = 0').get(code) as
    { nameZh: string | null; nameEn: string | null } | undefined;
  return { zh: row?.nameZh ?? code, en: row?.nameEn ?? row?.nameZh ?? code };
}

/** The codes of the departments that exist now (not deleted). */
export const liveDepartmentCodes = (ctx: ServiceContext): Set<string> =>
  new Set(prepared(ctx.sqlite, 'SELECT "code" FROM "department" WHERE "deleted" = 0').pluck().all() as string[]);
