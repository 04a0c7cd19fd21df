import { z } from 'zod';
import type { Localized } from './localized';

/**
 * The office's printed forms (issue 20): each is filled from one record and printed on A4 through the same
 * path as the leadership report. Which record a form is made from is data the renderer reads too, so the
 * record page offers only the forms that apply.
 */
export const formIds = [
  'tripApproval',
  'tripNotice',
  'memberVetting',
  'memberPledge',
  'tripReport',
  'visitApproval',
  'conferenceApplication',
  'expertHire',
] as const;
export type FormId = (typeof formIds)[number];

export interface FormSubject {
  register: 'delegation' | 'conference' | 'expert';
  /** A delegation's direction the form is for; any when absent. */
  direction?: 'outbound' | 'inbound';
}

export interface FormInfo {
  id: FormId;
  label: Localized;
  subject: FormSubject;
  /** One page per member of the delegation (政审/备案, 承诺书) rather than one per record. */
  perMember?: true;
}

export const formCatalog: FormInfo[] = [
  {
    id: 'tripApproval',
    label: { zh: '因公出国（境）任务审批表', en: 'Official trip abroad: approval form' },
    subject: { register: 'delegation', direction: 'outbound' },
  },
  {
    id: 'tripNotice',
    label: { zh: '出访公示', en: 'Public notice of the trip' },
    subject: { register: 'delegation', direction: 'outbound' },
  },
  {
    id: 'memberVetting',
    label: { zh: '人员政审/备案表', en: 'Member vetting and registration' },
    subject: { register: 'delegation', direction: 'outbound' },
    perMember: true,
  },
  {
    id: 'memberPledge',
    label: { zh: '出国（境）人员行前教育承诺书', en: 'Pre-departure pledge' },
    subject: { register: 'delegation', direction: 'outbound' },
    perMember: true,
  },
  { id: 'tripReport', label: { zh: '出访总结报告', en: 'Trip report' }, subject: { register: 'delegation', direction: 'outbound' } },
  {
    id: 'visitApproval',
    label: { zh: '来访接待审批表', en: 'Inbound visit: approval form' },
    subject: { register: 'delegation', direction: 'inbound' },
  },
  {
    id: 'conferenceApplication',
    label: { zh: '举办国际会议申请表', en: 'International conference application' },
    subject: { register: 'conference' },
  },
  { id: 'expertHire', label: { zh: '外籍专家聘请审批表', en: 'Foreign expert hire: approval form' }, subject: { register: 'expert' } },
];

export const formInfo = (id: string): FormInfo | undefined => formCatalog.find((f) => f.id === id);

/** The forms a record can be printed on: its register's, and for a delegation its direction's. */
export const formsFor = (register: string, direction?: string | null): FormInfo[] =>
  formCatalog.filter((f) => f.subject.register === register && (!f.subject.direction || f.subject.direction === direction));

export const formHtmlInputSchema = z
  .object({
    register: z.enum(['delegation', 'conference', 'expert']),
    id: z.string().min(1).max(100),
    form: z.enum(formIds),
  })
  .strict();
export type FormHtmlInput = z.infer<typeof formHtmlInputSchema>;

/** A form as one standalone A4 HTML page (or one page per member), ready to print. */
export interface FormHtml {
  form: FormId;
  title: string;
  html: string;
}
