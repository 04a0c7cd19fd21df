import { describe, expect, it } from 'vitest';
import { suggestFunding } from '../../../../src-main/core/targets/suggestion';

describe('the funding suggestion rule', () => {
  it('increases for a completed plan with strong results, keeps in between, cuts under 60%', () => {
    expect(suggestFunding(10, 9, 10).suggestion).toBe('increase');
    expect(suggestFunding(10, 9, 5).suggestion).toBe('keep');
    expect(suggestFunding(10, 6, 20).suggestion).toBe('keep');
    expect(suggestFunding(10, 5, 20).suggestion).toBe('reduce');
    expect(suggestFunding(null, 0, 3).suggestion).toBe('noPlan');
  });
});
