import { describe, expect, it } from 'vitest';
import { addDays, expiryState } from '../../../src-main/core/expiry';

describe('expiry badge', () => {
  const today = '2026-11-27';
  it('shows within 90 days of expiry for a record in force', () => {
    expect(expiryState(addDays(today, 90), today, true)).toEqual({ kind: 'expiresSoon', days: 90 });
    expect(expiryState(addDays(today, 91), today, true)).toBeNull();
  });
  it('reports a record still in force after its expiry date as lapsed', () => {
    expect(expiryState(addDays(today, -3), today, true)).toEqual({ kind: 'lapsed', days: 3 });
  });
  it('says nothing for records not in force or without a date', () => {
    expect(expiryState(addDays(today, 10), today, false)).toBeNull();
    expect(expiryState(null, today, true)).toBeNull();
  });
});
