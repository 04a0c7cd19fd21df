import { describe, expect, it } from 'vitest';
import { isRestartJump, numbersPerMs, restartFloor } from '../../../../src-main/core/bundle/restart';

describe('numbering after a restore', () => {
  it('starts above anything numbered at the fastest rate since an earlier restore', () => {
    const first = Date.parse('2026-11-27T10:00:00Z');
    const lostCopyNumbered = restartFloor(first) + numbersPerMs * 60_000; // a minute of writing flat out
    expect(restartFloor(first + 60_000)).toBeGreaterThanOrEqual(lostCopyNumbered);
    expect(restartFloor(first + 60_001)).toBeGreaterThan(lostCopyNumbered);
  });

  it('stays within exact integers for centuries', () => {
    expect(Number.isSafeInteger(restartFloor(Date.parse('2200-01-01T00:00:00Z')))).toBe(true);
  });

  it("tells a restore's jump from changes still to come", () => {
    expect(isRestartJump(120, restartFloor(Date.parse('2026-11-27T10:00:00Z')) + 1)).toBe(true);
    expect(isRestartJump(120, 125)).toBe(false);
    expect(isRestartJump(120, 120 + 2 ** 20)).toBe(false);
  });
});
