import { describe, expect, it } from 'vitest';
import { visibleToDepartments } from '../../../../src-main/core/bundle/visibility';
import { findRegister } from '../../../../src-main/core/registers';

const def = (name: string) => findRegister(name)!;

describe('what a department laptop may see', () => {
  it('sees reference data with one fixed owner and shared registers, whoever owns the record', () => {
    expect(visibleToDepartments(def('department'), ['LAW'], ['FAO'])).toBe(true);
    expect(visibleToDepartments(def('planTarget'), ['LAW'], ['FAO'])).toBe(true);
    expect(visibleToDepartments(def('partner'), ['LAW'], ['ECM'])).toBe(true);
  });

  it("sees its own departments' records and not another department's", () => {
    expect(visibleToDepartments(def('person'), ['LAW'], ['LAW'])).toBe(true);
    expect(visibleToDepartments(def('person'), ['LAW', 'ECM'], ['ECM'])).toBe(true);
    expect(visibleToDepartments(def('person'), ['LAW'], ['ECM'])).toBe(false);
    expect(visibleToDepartments(def('delegation'), ['LAW'], [null])).toBe(false);
  });

  it('sees a change that moves one of its records out, through the version it replaces', () => {
    expect(visibleToDepartments(def('person'), ['LAW'], ['ECM', 'LAW'])).toBe(true);
  });
});
