/** Reminder windows before an agreement expires (rules.md: remind 90 / 60 / 30 days before). */
export const expiryWindows = [30, 60, 90] as const;
export const expiryBadgeDays = 90;

const dayMs = 86_400_000;

export const daysBetween = (fromIso: string, toIso: string): number =>
  Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / dayMs);

export const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

export type ExpiryState = { kind: 'expiresSoon'; days: number } | { kind: 'lapsed'; days: number } | null;

/** Whether a record in force is close to (or past) its expiry date, as of `today`. */
export function expiryState(expiry: string | null | undefined, today: string, inForce: boolean): ExpiryState {
  if (!expiry || !inForce) return null;
  const days = daysBetween(today, expiry);
  if (days < 0) return { kind: 'lapsed', days: -days };
  if (days <= expiryBadgeDays) return { kind: 'expiresSoon', days };
  return null;
}
