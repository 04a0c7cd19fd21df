import type { BackupKind } from '../../contract';

/**
 * How many automatic backups are kept: every one of the last 24 hours (the one before this morning's first import too,
 * after a second import), then the newest of each of the last `daily` days that have one, of the last `weekly` weeks
 * (ISO weeks, Monday first) and of the last `monthly` months — a backup kept by any of these stays. Backups made by
 * hand are kept until someone deletes them.
 */
export interface RetentionRule {
  daily: number;
  weekly: number;
  monthly: number;
}

export const defaultRetention: RetentionRule = { daily: 7, weekly: 4, monthly: 12 };

export interface Dated {
  /** Milliseconds since the epoch. */
  created: number;
  kind: BackupKind;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Calendar keys in local time: the office counts its days in its own time zone. */
const dayOf = (ms: number): string => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

const monthOf = (ms: number): string => dayOf(ms).slice(0, 7);

/** ISO 8601 week of the local calendar date: the week's Thursday decides its year. */
function weekOf(ms: number): string {
  const local = new Date(ms);
  const d = new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7));
  const week = Math.ceil(((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${pad(week)}`;
}

/** The newest backup of each of the last `n` periods that have one. */
function newestPerPeriod<T extends Dated>(newestFirst: T[], n: number, periodOf: (ms: number) => string): T[] {
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const b of newestFirst) {
    if (seen.size >= n) break;
    const period = periodOf(b.created);
    if (seen.has(period)) continue;
    seen.add(period);
    kept.push(b);
  }
  return kept;
}

const day = 24 * 60 * 60 * 1000;

/** The backups the rule keeps, of one installation's, at `now`: every one made by hand, and the automatic ones it selects. */
export function retainedBackups<T extends Dated>(backups: T[], rule: RetentionRule, now: number): Set<T> {
  const automatic = backups.filter((b) => b.kind !== 'manual').sort((a, b) => b.created - a.created);
  return new Set([
    ...backups.filter((b) => b.kind === 'manual'),
    ...automatic.filter((b) => now - b.created < day),
    ...newestPerPeriod(automatic, rule.daily, dayOf),
    ...newestPerPeriod(automatic, rule.weekly, weekOf),
    ...newestPerPeriod(automatic, rule.monthly, monthOf),
  ]);
}
