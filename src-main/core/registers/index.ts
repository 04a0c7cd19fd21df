import type { FieldIssue, FieldValue, RegisterDef, RegisterName, TableRow } from '../../contract';
import { checkDelegation, deriveDelegation, sortLegs } from '../delegation/itinerary';
import { checkAllocation, checkExpense, deriveAllocation, deriveExpense } from '../budget/money';
import { agreement, checkAgreement } from './agreement';
import { allocation } from './allocation';
import { annualFigure } from './annualFigure';
import { annualPlan, checkAnnualPlan, deriveAnnualPlan } from './annualPlan';
import { checkChecklistTemplate, checklistTemplate } from './checklistTemplate';
import { checkConference, conference } from './conference';
import { delegation } from './delegation';
import { department } from './department';
import { departmentEvaluation } from './departmentEvaluation';
import { expense } from './expense';
import { checkExpert, deriveExpert, expert } from './expert';
import { checkFormTemplate, formTemplate } from './formTemplate';
import { fund } from './fund';
import { checkHolidayCalendar, holidayCalendar } from './holidayCalendar';
import { checkMobility, mobility } from './mobility';
import { partner } from './partner';
import { checkPerson, person } from './person';
import { checkPlanTarget, plan, planTarget, planTask } from './plan';
import { program } from './program';
import { checkRule, deriveRule, rule } from './rule';
import { checkStudentIntake, studentIntake } from './studentIntake';
import { checkTraining, training } from './training';
import { checkTravelStandard, deriveTravelStandard, travelStandard } from './travelStandard';

/** Every register, in navigation order. */
export const registers: RegisterDef[] = [
  delegation,
  person,
  partner,
  agreement,
  program,
  mobility,
  conference,
  expert,
  training,
  studentIntake,
  annualPlan,
  fund,
  allocation,
  expense,
  travelStandard,
  checklistTemplate,
  rule,
  holidayCalendar,
  formTemplate,
  department,
  plan,
  planTarget,
  planTask,
  annualFigure,
  departmentEvaluation,
];

type Values = Record<string, FieldValue>;

/** Checks across fields, per register, run after the field-by-field validation. */
export const crossFieldChecks: Partial<Record<RegisterName, (values: Values, previous?: Values) => FieldIssue[]>> = {
  agreement: checkAgreement,
  person: checkPerson,
  delegation: checkDelegation,
  checklistTemplate: checkChecklistTemplate,
  allocation: checkAllocation,
  expense: checkExpense,
  mobility: checkMobility,
  conference: checkConference,
  expert: checkExpert,
  studentIntake: checkStudentIntake,
  training: checkTraining,
  annualPlan: checkAnnualPlan,
  planTarget: checkPlanTarget,
  travelStandard: checkTravelStandard,
  rule: checkRule,
  holidayCalendar: checkHolidayCalendar,
  formTemplate: checkFormTemplate,
};

/**
 * Per register, the values a save settles before the checks: derived fields, and tables put in their
 * natural order (legs by date).
 */
export const settledValues: Partial<Record<RegisterName, (values: Values) => Values>> = {
  delegation: (values) => {
    const legs = values.legs as TableRow[] | null;
    const ordered = { ...values, legs: legs ? sortLegs(legs) : null };
    return { ...ordered, ...deriveDelegation(ordered) };
  },
  allocation: (values) => ({ ...values, ...deriveAllocation(values) }),
  expense: (values) => ({ ...values, ...deriveExpense(values) }),
  expert: (values) => ({ ...values, ...deriveExpert(values) }),
  annualPlan: (values) => ({ ...values, ...deriveAnnualPlan(values) }),
  travelStandard: (values) => ({ ...values, ...deriveTravelStandard(values) }),
  rule: (values) => ({ ...values, ...deriveRule(values) }),
};

const byName = new Map<string, RegisterDef>(registers.map((r) => [r.name, r]));

export const findRegister = (name: string): RegisterDef | undefined => byName.get(name);

/** Columns every register table has besides its fields (camelCase, like the fields). */
export const metaColumns = [
  'id',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'version',
  'head',
  'deleted',
  'conflict',
  'searchText',
] as const;

export const ownerDepartment = (def: RegisterDef, values: Record<string, FieldValue>): string | null =>
  'fixed' in def.ownership ? def.ownership.fixed : ((values[def.ownership.field] as string | null) ?? null);
