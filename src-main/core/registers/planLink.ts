import type { EnumOption, FieldDef, FilterDef, RegisterName } from '../../contract';

/** What a line of a department's annual plan promises; each kind is carried out by records of one register. */
export const planLineKinds: EnumOption[] = [
  { value: 'trip', label: { zh: '出访来访', en: 'Trip or visit' } },
  { value: 'program', label: { zh: '交流项目', en: 'Exchange program' } },
  { value: 'conference', label: { zh: '国际会议', en: 'Conference' } },
  { value: 'expert', label: { zh: '外籍专家聘请', en: 'Foreign expert' } },
  { value: 'studentExchange', label: { zh: '学生交流', en: 'Student exchange' } },
  { value: 'training', label: { zh: '国际培训', en: 'Training' } },
];

/** The register whose records count toward a line of each kind. */
export const planLineRegister: Record<string, RegisterName> = {
  trip: 'delegation',
  program: 'program',
  conference: 'conference',
  expert: 'expert',
  studentExchange: 'mobility',
  training: 'training',
};

/**
 * A record's link to the plan line it carries out: the plan, and the line's key within it (L1, L2...).
 * Two fields rather than one "plan#line" text, so the plan is an ordinary reference (chosen from a list,
 * shown by its title, kept from being deleted while used) and the key is what the plan's table shows.
 */
export const planLinkFields = (): FieldDef[] => [
  { key: 'annualPlan', type: 'ref', ref: 'annualPlan', label: { zh: '年度计划', en: 'Annual plan' } },
  {
    key: 'planLine',
    type: 'text',
    label: { zh: '计划项编号', en: 'Plan line' },
    maxLength: 20,
    help: { zh: '年度计划中对应项目的编号，如 L2', en: 'The key of the line in the annual plan, e.g. L2' },
  },
];

/** Lets a plan's page list the records linked to it. */
export const planLinkFilter: FilterDef = {
  key: 'annualPlan',
  kind: 'ref',
  field: 'annualPlan',
  label: { zh: '年度计划', en: 'Annual plan' },
};
