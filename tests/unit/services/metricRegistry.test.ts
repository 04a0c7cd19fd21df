import { describe, expect, it } from 'vitest';
import { targetMetrics } from '../../../src-main/core/registers/plan';
import { metrics } from '../../../src-main/services/targets/metrics';

describe('the computed metrics', () => {
  it('are exactly those a plan target can choose, each with its rule in both languages', () => {
    expect(Object.keys(metrics).sort()).toEqual(targetMetrics.map((m) => m.value).sort());
    for (const m of Object.values(metrics)) {
      const rule = m.rule({ qualifyingTypes: [] });
      expect(rule.zh.length * rule.en.length).toBeGreaterThan(0);
      if (m.shape === 'share') expect(m.denominator).toBeDefined();
    }
  });
});
