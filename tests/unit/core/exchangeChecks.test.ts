import { describe, expect, it } from 'vitest';
import type { FieldValue } from '../../../src-main/contract';
import { checkExpense } from '../../../src-main/core/budget/money';
import { endBeforeStart, hasChinese } from '../../../src-main/core/checks';
import { checkAnnualPlan, deriveAnnualPlan } from '../../../src-main/core/registers/annualPlan';
import { checkConference } from '../../../src-main/core/registers/conference';
import { checkExpert, deriveExpert } from '../../../src-main/core/registers/expert';
import { checkStudentIntake } from '../../../src-main/core/registers/studentIntake';

type Values = Record<string, FieldValue>;
const fields = (issues: { field: string }[]) => issues.map((i) => i.field);

const conference = (over: Values): Values => ({
  title: '国际劳工标准研讨会',
  startDate: '2026-10-16',
  endDate: '2026-10-17',
  status: 'planned',
  participantsTotal: null,
  participantsForeign: null,
  countryCount: null,
  summary: null,
  summaryFile: null,
  summaryDate: null,
  ...over,
});

describe('shared checks', () => {
  it('accepts an event that ends the day it starts', () => {
    expect(endBeforeStart({ from: '2026-10-16', to: '2026-10-16' }, 'from', 'to')).toEqual([]);
    expect(fields(endBeforeStart({ from: '2026-10-16', to: '2026-10-15' }, 'from', 'to'))).toEqual(['to']);
  });

  it('finds Chinese in a mixed title and none in a transliterated one', () => {
    expect(hasChinese('ILO 国际劳工标准 Forum')).toBe(true);
    expect(hasChinese('Guoji Laogong Biaozhun')).toBe(false);
  });
});

describe('conference checks', () => {
  it('accepts one participant from abroad per country abroad', () => {
    expect(checkConference(conference({ participantsTotal: 3, participantsForeign: 3, countryCount: 3 }))).toEqual([]);
  });

  it('refuses countries abroad with nobody from abroad counted', () => {
    expect(fields(checkConference(conference({ countryCount: 2 })))).toEqual(['countryCount']);
  });

  it('refuses a summary dated before the conference ends', () => {
    expect(fields(checkConference(conference({ summaryDate: '2026-10-16' })))).toEqual(['summaryDate']);
  });
});

describe('expert checks', () => {
  it('derives the first permit expiry from whichever permits are known', () => {
    expect(deriveExpert({ workPermitExpiry: '2027-08-31', residencePermitExpiry: '2027-02-10' })).toEqual({ permitExpiry: '2027-02-10' });
    expect(deriveExpert({ workPermitExpiry: '2027-08-31', residencePermitExpiry: null })).toEqual({ permitExpiry: '2027-08-31' });
    expect(deriveExpert({ workPermitExpiry: null, residencePermitExpiry: null })).toEqual({ permitExpiry: null });
  });

  it('refuses a permit number with spaces or small letters', () => {
    expect(fields(checkExpert({ status: 'applying', workPermitNumber: 'wp 1234', residencePermitNumber: 'RP20260042' }))).toEqual([
      'workPermitNumber',
    ]);
  });

  it('needs the contract dates from approval on', () => {
    expect(checkExpert({ status: 'applying' })).toEqual([]);
    expect(fields(checkExpert({ status: 'approved', contractFrom: '2026-09-01' }))).toEqual(['contractTo']);
  });
});

describe('annual plan lines', () => {
  it('numbers new lines after the highest L-number, leaving other keys alone', () => {
    const lines = [{ key: 'L4' }, { key: null }, { key: '外专1' }, { key: null }];
    expect((deriveAnnualPlan({ lines }).lines as { key: string }[]).map((l) => l.key)).toEqual(['L4', 'L5', '外专1', 'L6']);
  });

  it('sums only the budgets given', () => {
    expect(
      deriveAnnualPlan({
        lines: [
          { key: 'L1', budget: 100 },
          { key: 'L2', budget: null },
        ],
      }).budgetTotal,
    ).toBe(100);
    expect(deriveAnnualPlan({ lines: [{ key: 'L1', budget: null }] }).budgetTotal).toBeNull();
  });

  it('refuses a key used twice but not two lines left to be numbered', () => {
    expect(checkAnnualPlan({ lines: [{ key: null }, { key: null }] })).toEqual([]);
    expect(fields(checkAnnualPlan({ lines: [{ key: 'L1' }, { key: 'L2' }, { key: 'L1' }] }))).toEqual(['lines.2.key']);
  });
});

describe('international student checks', () => {
  it('accepts an intake with as many source countries as students', () => {
    expect(checkStudentIntake({ kind: 'degree', year: 2018, count: 2, countries: ['VN', 'KZ'], date: '2018-09-05' })).toEqual([]);
  });
});

describe('expense subjects', () => {
  it('links an expense with no subject to nothing', () => {
    expect(
      checkExpense({ currency: 'CNY', subjectKind: 'none', delegation: null, conference: null, expert: null, training: null }),
    ).toEqual([]);
    expect(
      fields(checkExpense({ currency: 'CNY', subjectKind: 'none', delegation: null, conference: 'c1', expert: null, training: null })),
    ).toEqual(['conference']);
  });
});
