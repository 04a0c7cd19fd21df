import { describe, expect, it } from 'vitest';
import type { FieldValue, RecordDto, TableRow } from '../../../src-main/contract';
import {
  addPerson,
  approvableOutbound,
  changeCount,
  completeItems,
  evidenceFile,
  membersOf,
  moveTrip as move,
  outboundTrip,
  personValues,
} from '../../support/delegations';
import { tempApp, type TestApp } from '../../support/tempApp';

const checklistOf = (d: RecordDto) => d.values.checklist as TableRow[];

async function newOutbound(app: TestApp) {
  const leader = await addPerson(app);
  const member = await addPerson(app, { name: '李华', passportNumber: 'E87654321' });
  return app.call('records.put', { register: 'delegation', values: outboundTrip(membersOf(leader, member)) });
}

describe('a delegation and its review checklist', () => {
  it('starts with the checklist of the template in force, each item pending', async () => {
    const app = await tempApp();
    const d = await newOutbound(app);
    expect(d.values.status).toBe('draft');
    const items = checklistOf(d);
    expect(items.map((i) => i.key)).toEqual([
      'plan',
      'invitation',
      'publicNotice',
      'politicalReview',
      'budget',
      'taskApproval',
      'passportValid',
      'visa',
      'briefing',
      'passportReturned',
      'tripReport',
    ]);
    expect(items.every((i) => i.status === 'pending' && i.evidence === null)).toBe(true);
    const inbound = await app.call('records.put', {
      register: 'delegation',
      values: { title: '牛津大学代表团来访', direction: 'inbound' },
    });
    expect(checklistOf(inbound).map((i) => i.key)).toEqual([
      'receptionPlan',
      'visitorBackground',
      'visaInvitation',
      'policeRegistration',
      'summary',
    ]);
  });

  it('takes a newer template version once it is in force, and leaves existing checklists alone', async () => {
    const app = await tempApp();
    const before = await newOutbound(app);
    const item = { key: 'new', title: '新增事项', titleEn: 'New item', requiredBefore: 'submitted', evidenceNeeded: false };
    // "today" in tests is 2026-11-27: one version already in force, one not yet.
    await app.call('records.put', {
      register: 'checklistTemplate',
      values: { name: '2026版', subjectKind: 'outboundDelegation', effectiveFrom: '2026-11-01', items: [item] },
    });
    await app.call('records.put', {
      register: 'checklistTemplate',
      values: { name: '2027版', subjectKind: 'outboundDelegation', effectiveFrom: '2027-01-01', items: [{ ...item, key: 'future' }] },
    });
    const after = await app.call('records.put', { register: 'delegation', values: { title: '新团组' } });
    expect(checklistOf(after).map((i) => i.key)).toEqual(['new']);
    expect(checklistOf(await app.call('records.get', { register: 'delegation', id: before.id }))).toEqual(checklistOf(before));
  });

  it("gives a delegation saved as the form sends it (every field, the checklist empty) the template's checklist", async () => {
    const app = await tempApp();
    const d = await app.call('records.put', { register: 'delegation', values: { title: '表单新建团组', checklist: null, notes: null } });
    expect(checklistOf(d).length).toBe(11);
  });

  it('refuses a move while items required before it are open, naming them in Chinese and English, and writes nothing', async () => {
    const app = await tempApp();
    const d = await newOutbound(app);
    const evidence = await evidenceFile(app);
    // The plan item is done; the invitation is done but its evidence is missing.
    const checklist = checklistOf(d).map((i) => (i.key === 'plan' || i.key === 'invitation' ? { ...i, status: 'done' } : i));
    const saved = await app.call('records.put', { register: 'delegation', id: d.id, values: { checklist } });
    const changes = changeCount(app);

    const err = await app.fail('records.put', { register: 'delegation', id: d.id, values: { status: 'submitted' } });
    expect(err.code).toBe('VALIDATION');
    expect(err.issues).toEqual([
      {
        field: 'status',
        message: {
          zh: '审查清单未完成，不能进入“已申报”：对口邀请函（缺证明材料）',
          en: 'The review checklist stops the move to "Submitted": Invitation letter from a matching counterpart (evidence missing)',
        },
      },
    ]);
    expect(changeCount(app)).toBe(changes);
    expect(await app.call('records.get', { register: 'delegation', id: d.id })).toEqual(saved);

    const rejected = checklist.map((i) =>
      i.key === 'plan' ? { ...i, status: 'rejected' } : i.key === 'invitation' ? { ...i, evidence } : i,
    );
    const both = await app.fail('records.put', { register: 'delegation', id: d.id, values: { checklist: rejected, status: 'submitted' } });
    expect(both.issues![0]!.message.zh).toContain('列入年度出访计划（或说明计划外理由）（未通过）');
    expect(both.issues![0]!.message.en).toContain('In the annual plan (or reason recorded) (rejected)');
    expect(changeCount(app)).toBe(changes);

    const fixed = rejected.map((i) => (i.key === 'plan' ? { ...i, status: 'done' } : i));
    const submitted = await app.call('records.put', {
      register: 'delegation',
      id: d.id,
      values: { checklist: fixed, status: 'submitted' },
    });
    expect(submitted.values.status).toBe('submitted');
    expect(changeCount(app)).toBe(changes + 1);
  });

  it('says on the record which moves are open and what blocks the others', async () => {
    const app = await tempApp();
    const d = await newOutbound(app);
    expect(d.nextSteps!.map((s) => [s.status, s.blockers.map((b) => b.reason)])).toEqual([
      ['submitted', ['pending', 'pending']],
      ['cancelled', []],
    ]);
    expect(d.nextSteps![0]!.blockers.map((b) => b.titleEn)).toEqual([
      'In the annual plan (or reason recorded)',
      'Invitation letter from a matching counterpart',
    ]);
  });

  it('lets a delegation be cancelled or sent back to draft whatever its checklist says', async () => {
    const app = await tempApp();
    const d = await newOutbound(app);
    const evidence = await evidenceFile(app);
    const submitted = await move(app, d, 'submitted', { checklist: completeItems(checklistOf(d), ['submitted'], evidence) });
    const reopened = checklistOf(submitted).map((i) => (i.key === 'plan' ? { ...i, status: 'rejected' } : i));
    const draft = await move(app, submitted, 'draft', { checklist: reopened });
    expect(draft.values.status).toBe('draft');
    expect((await move(app, draft, 'cancelled')).values.status).toBe('cancelled');
  });

  it('refuses a move the workflow does not allow, and any move out of a final status', async () => {
    const app = await tempApp();
    const d = await newOutbound(app);
    const skip = await app.fail('records.put', { register: 'delegation', id: d.id, values: { status: 'approved' } });
    expect(skip.issues).toEqual([
      { field: 'status', message: { zh: '状态不能从“草稿”改为“已批准”', en: 'Status cannot move from "Draft" to "Approved"' } },
    ]);
    const cancelled = await move(app, d, 'cancelled');
    const back = await app.fail('records.put', { register: 'delegation', id: d.id, values: { status: 'draft' } });
    expect(back.issues![0]!.message.en).toBe('Status cannot move from "Cancelled" to "Draft"');
    expect((await app.call('records.get', { register: 'delegation', id: d.id })).meta.head).toBe(cancelled.meta.head);
  });

  it('derives days, countries and group size on every save', async () => {
    const app = await tempApp();
    const d = await newOutbound(app);
    expect(d.values).toMatchObject({ days: 10, countries: ['DE', 'GB'], countryCount: 2, groupSize: 2 });
    const edited = await app.call('records.put', {
      register: 'delegation',
      id: d.id,
      values: {
        returnDate: '2026-05-12',
        legs: [...(d.values.legs as TableRow[]), { country: 'FR', city: '巴黎', arrive: '2026-05-10', leave: '2026-05-12', stop: 'visit' }],
        members: (d.values.members as TableRow[]).slice(0, 1),
      },
    });
    expect(edited.values).toMatchObject({ days: 12, countries: ['DE', 'GB', 'FR'], countryCount: 3, groupSize: 1 });
    // Derived fields are the system's to write: a value sent for one is replaced by the derived value.
    const sent = await app.call('records.put', { register: 'delegation', id: d.id, values: { days: 99, groupSize: 40 } });
    expect(sent.values).toMatchObject({ days: 12, groupSize: 1 });
  });

  it('keeps the legs in the order travelled whatever order they are entered in', async () => {
    const app = await tempApp();
    const leader = await addPerson(app);
    const trip = outboundTrip(membersOf(leader));
    const d = await app.call('records.put', {
      register: 'delegation',
      values: { ...trip, legs: [...(trip.legs as TableRow[])].reverse() },
    });
    expect((d.values.legs as TableRow[]).map((l) => l.country)).toEqual(['DE', 'GB']);
  });

  it('names the members on the record it returns', async () => {
    const app = await tempApp();
    const d = await newOutbound(app);
    const [leader, member] = (d.values.members as TableRow[]).map((m) => String(m.person));
    expect(d.rowRefTitles).toEqual({ [leader!]: personValues().name, [member!]: '李华' });
  });
});

describe('a delegation through its whole workflow', () => {
  it('takes an outbound trip from draft to closed, through the public notice', async () => {
    const app = await tempApp();
    const evidence = await evidenceFile(app);
    let d = await approvableOutbound(app);
    const step = async (status: string, stages: string[], extra: Record<string, FieldValue> = {}) => {
      d = await move(app, d, status, { ...extra, checklist: completeItems(checklistOf(d), stages, evidence) });
      expect(d.values.status).toBe(status);
    };
    await step('submitted', ['submitted']);
    await step('publicNotice', []);
    await step('approved', ['approved'], { approvalNumber: '外审〔2026〕15号' });
    await step('travelling', ['travelling']);
    await step('returned', []);
    await step('reportFiled', ['reportFiled'], {
      passportReturnedDate: '2026-05-14',
      tripReport: '访问了伦敦大学学院，商定联合培养事宜。',
      reportFiledDate: '2026-05-20',
    });
    await step('closed', []);
    expect(d.nextSteps).toBeUndefined();

    const history = await app.call('records.history', { register: 'delegation', id: d.id });
    expect(history[0]!.op).toBe('create');
    const moves = history.filter((h) => h.op === 'put' && h.changes.some((c) => c.field === 'status'));
    expect(moves.map((h) => h.changes.find((c) => c.field === 'status'))).toEqual(
      [
        ['draft', 'submitted'],
        ['submitted', 'publicNotice'],
        ['publicNotice', 'approved'],
        ['approved', 'travelling'],
        ['travelling', 'returned'],
        ['returned', 'reportFiled'],
        ['reportFiled', 'closed'],
      ].map(([before, after]) => ({ field: 'status', before, after })),
    );
    expect(moves.every((h) => h.op === 'put' && h.authorName === '外事办工作站' && h.author === app.ctx.self.id)).toBe(true);
    const times = moves.map((h) => h.at);
    expect(times.every((t) => !Number.isNaN(Date.parse(t)))).toBe(true);
    expect([...times].sort()).toEqual(times);
    expect(new Set(times).size).toBe(times.length);
  });

  it('takes an inbound visit from draft to closed without a public notice', async () => {
    const app = await tempApp();
    const evidence = await evidenceFile(app);
    const visitor = await addPerson(app, {
      name: '约翰·史密斯',
      nameOriginal: 'John Smith',
      category: 'visitor',
      nationality: 'GB',
      passportNumber: '123456789',
    });
    let d = await app.call('records.put', {
      register: 'delegation',
      values: {
        title: '伦敦大学学院代表团来访',
        direction: 'inbound',
        purpose: 'negotiation',
        departDate: '2026-06-01',
        returnDate: '2026-06-03',
        legs: [{ country: 'CN', city: '本校', arrive: '2026-06-01', leave: '2026-06-03', stop: 'visit' }],
        members: membersOf(visitor),
      },
    });
    expect(d.values).toMatchObject({ days: 3, countries: null, countryCount: 0, groupSize: 1 });
    for (const [status, stages, extra] of [
      ['submitted', [], {}],
      ['approved', ['approved'], { approvalNumber: '外审〔2026〕16号' }],
      ['travelling', ['travelling'], {}],
      ['returned', ['returned'], {}],
      ['reportFiled', ['reportFiled'], { tripReport: '来访顺利，签署合作备忘录。', reportFiledDate: '2026-06-05' }],
      ['closed', [], {}],
    ] as [string, string[], Record<string, FieldValue>][]) {
      d = await move(app, d, status, { ...extra, checklist: completeItems(checklistOf(d), stages, evidence) });
      expect(d.values.status).toBe(status);
    }
    const statuses = (await app.call('records.history', { register: 'delegation', id: d.id }))
      .filter((h) => h.op === 'put')
      .map((h) => h.changes.find((c) => c.field === 'status')?.after)
      .filter(Boolean);
    expect(statuses).toEqual(['submitted', 'approved', 'travelling', 'returned', 'reportFiled', 'closed']);
  });

  it('refuses to file the report without the report and its date', async () => {
    const app = await tempApp();
    const evidence = await evidenceFile(app);
    let d = await approvableOutbound(app);
    for (const [status, stages] of [
      ['submitted', ['submitted']],
      ['approved', ['approved']],
      ['travelling', ['travelling']],
      ['returned', []],
    ] as const) {
      const approval: Record<string, FieldValue> = status === 'approved' ? { approvalNumber: '外审〔2026〕17号' } : {};
      d = await move(app, d, status, { checklist: completeItems(checklistOf(d), [...stages], evidence), ...approval });
    }
    const checklist = completeItems(checklistOf(d), ['reportFiled'], evidence);
    const err = await app.fail('records.put', { register: 'delegation', id: d.id, values: { status: 'reportFiled', checklist } });
    expect(err.issues!.map((i) => i.field).sort()).toEqual(['reportFiledDate', 'tripReport']);
  });
});
