import { describe, expect, it } from 'vitest';
import { changeId } from '../../../src-main/services/changeIds';

describe('change ids from the random pool', () => {
  it('are UUIDv7 that sort in the order they were made, none repeated, across many refills of the pool', () => {
    const ids = Array.from({ length: 20_000 }, () => changeId());
    for (const id of ids.slice(0, 50)) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('start with the time they were made', () => {
    const before = Date.now();
    const ms = parseInt(changeId().replace(/-/g, '').slice(0, 12), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(Date.now() + 1);
  });
});
