import type { RegisterStats } from '../contract';
import { registers } from '../core/registers';
import type { ServiceContext } from './context';

export function registerStats(ctx: ServiceContext): RegisterStats[] {
  return registers.map((def) => {
    const r = ctx.sqlite
      .prepare(`SELECT coalesce(sum("deleted" = 0), 0) AS live, coalesce(sum("deleted" = 1), 0) AS deleted FROM "${def.name}"`)
      .get() as { live: number; deleted: number };
    return { register: def.name, label: def.label, live: r.live, deleted: r.deleted };
  });
}
