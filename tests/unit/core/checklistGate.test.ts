import { describe, expect, it } from 'vitest';
import type { TableRow } from '../../../src-main/contract';
import { checklistBlockers, nextSteps } from '../../../src-main/core/checklist/gate';
import { checklistFromTemplate, templateInForce, type TemplateVersion } from '../../../src-main/core/checklist/instantiate';
import { findRegister } from '../../../src-main/core/registers';

const delegation = findRegister('delegation')!;
const partner = findRegister('partner')!;
const evidence = { sha256: 'a'.repeat(64), name: 'scan.pdf', size: 10 };

const item = (requiredBefore: string, over: Partial<TableRow> = {}): TableRow => ({
  key: requiredBefore,
  title: `${requiredBefore}前事项`,
  titleEn: `Before ${requiredBefore}`,
  requiredBefore,
  evidenceNeeded: false,
  status: 'pending',
  evidence: null,
  ...over,
});

const blockers = (checklist: TableRow[], target: string) => checklistBlockers(delegation, { checklist }, target);

describe('the checklist gate', () => {
  it('blocks the stage an item is required before and every later stage, but no earlier one', () => {
    const checklist = [item('approved')];
    expect(blockers(checklist, 'submitted')).toEqual([]);
    expect(blockers(checklist, 'publicNotice')).toEqual([]);
    for (const stage of ['approved', 'travelling', 'returned', 'reportFiled', 'closed']) {
      expect(blockers(checklist, stage), stage).toEqual([{ title: 'approved前事项', titleEn: 'Before approved', reason: 'pending' }]);
    }
  });

  it('lets done and not-applicable items pass', () => {
    expect(blockers([item('submitted', { status: 'done' }), item('submitted', { status: 'notApplicable' })], 'closed')).toEqual([]);
  });

  it('blocks on a rejected item, naming the reason', () => {
    expect(blockers([item('submitted', { status: 'rejected' })], 'submitted').map((b) => b.reason)).toEqual(['rejected']);
  });

  it('blocks on a done item that needs evidence until the evidence is attached', () => {
    const done = item('submitted', { status: 'done', evidenceNeeded: true });
    expect(blockers([done], 'submitted').map((b) => b.reason)).toEqual(['evidenceMissing']);
    expect(blockers([{ ...done, evidence }], 'submitted')).toEqual([]);
    // Not applicable means no evidence can be asked for.
    expect(blockers([{ ...done, status: 'notApplicable' }], 'submitted')).toEqual([]);
  });

  it('lists every blocking item in checklist order', () => {
    const checklist = [
      item('submitted', { title: '甲' }),
      item('travelling', { title: '乙' }),
      item('approved', { title: '丙', status: 'done' }),
      item('approved', { title: '丁' }),
    ];
    expect(blockers(checklist, 'approved').map((b) => b.title)).toEqual(['甲', '丁']);
    expect(blockers(checklist, 'travelling').map((b) => b.title)).toEqual(['甲', '乙', '丁']);
  });

  it('never blocks a move to an exempt status (cancelling, sending back to draft)', () => {
    const checklist = [item('submitted', { status: 'rejected' })];
    expect(blockers(checklist, 'cancelled')).toEqual([]);
    expect(blockers(checklist, 'draft')).toEqual([]);
  });

  it('ignores an item naming a stage the register does not have', () => {
    expect(blockers([item('noSuchStage')], 'closed')).toEqual([]);
  });

  it('blocks nothing on a register without a checklist, or a record with none', () => {
    expect(checklistBlockers(partner, { checklist: [item('submitted')] }, 'active')).toEqual([]);
    expect(checklistBlockers(delegation, { checklist: null }, 'closed')).toEqual([]);
  });
});

describe('next steps', () => {
  it('offers the statuses the workflow allows from here, each with what blocks it', () => {
    const steps = nextSteps(delegation, { status: 'submitted', checklist: [item('submitted', { status: 'done' }), item('approved')] });
    expect(steps.map((s) => [s.status, s.blockers.length])).toEqual([
      ['draft', 0],
      ['publicNotice', 0],
      ['approved', 1],
      ['cancelled', 0],
    ]);
  });

  it('offers nothing from a final status or on a register without a workflow', () => {
    expect(nextSteps(delegation, { status: 'closed', checklist: [] })).toEqual([]);
    expect(nextSteps(findRegister('person')!, { name: '张三' })).toEqual([]);
  });
});

describe('the template version in force', () => {
  const version = (
    effectiveFrom: string,
    effectiveTo: string | null,
    key: string,
    subjectKind = 'outboundDelegation',
  ): TemplateVersion & { key: string } => ({
    key,
    subjectKind,
    effectiveFrom,
    effectiveTo,
    items: [{ title: key, requiredBefore: 'approved' }],
  });
  const versions = [
    version('2016-01-01', '2019-12-31', 'v2016'),
    version('2020-01-01', null, 'v2020'),
    version('2023-06-01', null, 'v2023'),
    version('2024-01-01', null, 'inbound', 'inboundDelegation'),
  ];
  const inForce = (date: string, kind = 'outboundDelegation') => templateInForce(versions, kind, date)?.key;

  it('takes a version from its first day to its last day inclusive', () => {
    expect(inForce('2016-01-01')).toBe('v2016');
    expect(inForce('2019-12-31')).toBe('v2016');
    expect(inForce('2020-01-01')).toBe('v2020');
  });

  it('takes the latest start when open-ended versions overlap', () => {
    expect(inForce('2023-05-31')).toBe('v2020');
    expect(inForce('2023-06-01')).toBe('v2023');
    expect(inForce('2030-01-01')).toBe('v2023');
  });

  it('finds nothing before the first version or for another kind of subject', () => {
    expect(inForce('2015-12-31')).toBeUndefined();
    expect(inForce('2023-12-31', 'inboundDelegation')).toBeUndefined();
    expect(inForce('2024-01-01', 'inboundDelegation')).toBe('inbound');
    expect(inForce('2024-01-01', 'conference')).toBeUndefined();
  });

  it('finds nothing in a gap between an ended version and the next', () => {
    const gap = [version('2016-01-01', '2017-12-31', 'old'), version('2019-01-01', null, 'new')];
    expect(templateInForce(gap, 'outboundDelegation', '2018-06-01')).toBeUndefined();
  });

  it("copies the template's items into a new checklist, each pending and without evidence", () => {
    const rows = checklistFromTemplate({
      subjectKind: 'outboundDelegation',
      effectiveFrom: '2016-01-01',
      effectiveTo: null,
      items: [
        { key: 'invitation', title: '邀请函', titleEn: 'Invitation', requiredBefore: 'submitted', evidenceNeeded: true },
        { key: 'plan', title: '计划', requiredBefore: 'submitted' },
      ],
    });
    expect(rows.map((r) => [r.key, r.title, r.titleEn, r.requiredBefore, r.evidenceNeeded, r.status, r.evidence])).toEqual([
      ['invitation', '邀请函', 'Invitation', 'submitted', true, 'pending', null],
      ['plan', '计划', null, 'submitted', false, 'pending', null],
    ]);
  });
});
