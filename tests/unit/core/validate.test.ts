import { describe, expect, it } from 'vitest';
import { findRegister } from '../../../src-main/core/registers';
import { isValidDate, validateValues } from '../../../src-main/core/validate';

const agreement = findRegister('agreement')!;
const departments = new Set(['FAO', 'LAW']);
const base = {
  title: '合作备忘录',
  partner: '01a21e64-797a-72f9-9697-3be669a7d03b',
  type: 'frameworkMou',
  level: 'university',
  status: 'draft',
  department: 'FAO',
};

describe('record validation', () => {
  it('accepts a complete agreement and normalises blanks to null', () => {
    const { values, issues } = validateValues(agreement, { ...base, notes: '   ' }, { departments });
    expect(issues).toEqual([]);
    expect(values.notes).toBeNull();
    expect(values.autoRenewal).toBe(false);
  });

  it('names the missing required field in Chinese and English', () => {
    const { issues } = validateValues(agreement, { ...base, title: '' }, { departments });
    expect(issues).toEqual([{ field: 'title', message: { zh: '协议名称：必填', en: 'Title: required' } }]);
  });

  it('refuses unknown fields instead of dropping them', () => {
    const { issues } = validateValues(agreement, { ...base, titel: 'typo' }, { departments });
    expect(issues.map((i) => i.field)).toEqual(['titel']);
  });

  it('refuses wrong types, unknown options and impossible dates', () => {
    const { issues } = validateValues(
      agreement,
      { ...base, type: 'bogus', autoRenewal: 'yes' as unknown as boolean, signedDate: '2023-02-30', department: 'XYZ' },
      { departments },
    );
    expect(issues.map((i) => i.field).sort()).toEqual(['autoRenewal', 'department', 'signedDate', 'type']);
  });

  it('checks dates against each other', () => {
    const { issues } = validateValues(agreement, { ...base, signedDate: '2024-05-01', expiryDate: '2024-04-01' }, { departments });
    expect(issues.map((i) => i.field)).toEqual(['expiryDate']);
  });

  it('allows only the status moves the register defines', () => {
    const previous = { ...base, status: 'terminated' };
    const { issues } = validateValues(agreement, { ...base, status: 'active', signedDate: '2024-01-01' }, { departments, previous });
    expect(issues[0]?.field).toBe('status');
    expect(issues[0]?.message.zh).toContain('已终止');
    const ok = validateValues(agreement, { ...base, status: 'underReview' }, { departments, previous: base });
    expect(ok.issues).toEqual([]);
  });

  it('needs a signing date before an agreement can be in force', () => {
    const { issues } = validateValues(
      agreement,
      { ...base, status: 'active' },
      { departments, previous: { ...base, status: 'underReview' } },
    );
    expect(issues.map((i) => i.field)).toEqual(['signedDate']);
  });

  it('knows real calendar dates', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2023-02-29')).toBe(false);
    expect(isValidDate('2023-2-1')).toBe(false);
  });
});
