import { describe, expect, it } from 'vitest';
import { judge, plannedAt, type TargetSpec } from '../../../../src-main/core/targets/planLine';

const byDate: TargetSpec = { kind: 'count', horizon: 'byDate', target: 30, dueYear: 2020, planStart: 2016, planEnd: 2020, baseline: 10 };
const perYear: TargetSpec = { kind: 'range', horizon: 'perYear', target: 3, dueYear: 2016, planStart: 2016, planEnd: 2020, baseline: 0 };
const milestone: TargetSpec = {
  kind: 'milestone',
  horizon: 'byDate',
  target: null,
  dueYear: 2018,
  planStart: 2016,
  planEnd: 2020,
  baseline: 0,
};

describe('the plan line', () => {
  it('climbs evenly from the baseline to the target in the due year, pro rata within a running year', () => {
    expect([2016, 2017, 2018, 2019, 2020, 2021].map((y) => plannedAt(byDate, y, 1))).toEqual([14, 18, 22, 26, 30, 30]);
    expect(plannedAt(byDate, 2018, 0.5)).toBe(20);
  });

  it('asks a per-year target its full figure each year from its first year, and nothing before', () => {
    expect(plannedAt(perYear, 2017, 1)).toBe(3);
    expect(plannedAt({ ...perYear, dueYear: 2018 }, 2017, 1)).toBeNull();
    expect(plannedAt(perYear, 2017, 0.5)).toBe(1.5);
  });
});

describe('the status', () => {
  it('is met at the target, on track at the line, at risk from 80% of it, behind under that, with the figures in the reason', () => {
    expect(judge(byDate, 30, 2018, 1).status).toBe('met');
    expect(judge(byDate, 22, 2018, 1).status).toBe('onTrack');
    expect(judge(byDate, 18, 2018, 1).status).toBe('atRisk');
    const behind = judge(byDate, 17, 2018, 1);
    expect(behind.status).toBe('behind');
    expect(behind.reason.zh).toContain('应达 22');
    expect(behind.reason.en).toContain('77% of the line');
  });

  it('judges a year under way against the share of it gone', () => {
    expect(judge(perYear, 2, 2026, 0.6).status).toBe('onTrack');
    expect(judge({ ...perYear, target: 10 }, 8, 2026, 1).status).toBe('atRisk');
    expect(judge(perYear, 2, 2026, 1).status).toBe('behind');
    expect(judge(perYear, 3, 2026, 1).status).toBe('met');
  });

  it('takes a milestone as on track before its year, at risk in it, behind after, met once reached', () => {
    expect([2017, 2018, 2019].map((y) => judge(milestone, 0, y, 1).status)).toEqual(['onTrack', 'atRisk', 'behind']);
    expect(judge(milestone, 1, 2019, 1).status).toBe('met');
  });

  it('has no status for a target without a figure', () => {
    expect(judge({ ...byDate, target: null }, 5, 2018, 1).status).toBe('noData');
  });
});
