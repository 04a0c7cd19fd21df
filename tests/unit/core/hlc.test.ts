import { describe, expect, it } from 'vitest';
import { formatHlc, maxClockSkewMs, parseHlc, receive, tick } from '../../../src-main/core/hlc';

describe('hybrid logical clock', () => {
  const start = { wall: 1_000, counter: 0, node: 'a' };

  it('never goes backwards when the wall clock does', () => {
    const t1 = tick(start, 5_000);
    const t2 = tick(t1, 4_000);
    expect(formatHlc(t2) > formatHlc(t1)).toBe(true);
    expect(t2).toEqual({ wall: 5_000, counter: 1, node: 'a' });
  });

  it('orders as strings the way it orders as timestamps', () => {
    const a = formatHlc({ wall: 9_999, counter: 12, node: 'z' });
    const b = formatHlc({ wall: 10_000, counter: 0, node: 'a' });
    expect(a < b).toBe(true);
    expect(parseHlc(b)).toEqual({ wall: 10_000, counter: 0, node: 'a' });
  });

  it('moves past a received timestamp', () => {
    const { clock, skewed } = receive(start, { wall: 7_000, counter: 3, node: 'b' }, 6_000);
    expect(skewed).toBe(false);
    expect(clock).toEqual({ wall: 7_000, counter: 4, node: 'a' });
  });

  it('does not adopt a remote clock far in the future', () => {
    const now = 1_000_000;
    const { clock, skewed } = receive(start, { wall: now + maxClockSkewMs + 1, counter: 0, node: 'b' }, now);
    expect(skewed).toBe(true);
    expect(clock.wall).toBe(now);
  });
});
