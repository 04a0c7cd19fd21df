import type { FieldValue, FileRef, RecordDto, TableRow } from '../../src-main/contract';
import { findRegister } from '../../src-main/core/registers';
import { attach, type TestApp } from './tempApp';
import { forgeChange } from './forge';
import { v7 as uuidv7 } from 'uuid';

/** A person as the office enters one; the passport number is what the masking tests look for. */
export const personValues = (over: Record<string, FieldValue> = {}): Record<string, FieldValue> => ({
  name: '张明远',
  category: 'teacher',
  department: 'FAO',
  passportNumber: 'E12345678',
  ...over,
});

export async function addPerson(app: TestApp, over: Record<string, FieldValue> = {}): Promise<string> {
  return (await app.call('records.put', { register: 'person', values: personValues(over) })).id;
}

/** The first person leads; the others are members. */
export const membersOf = (...ids: string[]): TableRow[] => ids.map((person, i) => ({ person, role: i === 0 ? 'leader' : 'member' }));

/** A ten-day trip to Britain with a transit stop in Germany: enough to be submitted. */
export const outboundTrip = (members: TableRow[], over: Record<string, FieldValue> = {}): Record<string, FieldValue> => ({
  title: '赴英国伦敦大学学院学术交流',
  direction: 'outbound',
  purpose: 'conference',
  departDate: '2026-05-01',
  returnDate: '2026-05-10',
  legs: [
    { country: 'DE', city: '法兰克福', arrive: '2026-05-01', leave: '2026-05-01', stop: 'transit' },
    { country: 'GB', city: '伦敦', arrive: '2026-05-01', leave: '2026-05-10', stop: 'visit' },
  ],
  members,
  ...over,
});

/** A document to attach as evidence, stored through the real files channel. */
export const evidenceFile = (app: TestApp, name = '证明材料.pdf'): Promise<FileRef> => attach(app, name, `%PDF-1.4 ${name}`);

/** The checklist with every item required before one of `stages` done, with evidence where it is needed. */
export const completeItems = (checklist: TableRow[], stages: string[], evidence: FileRef): TableRow[] =>
  checklist.map((item) =>
    stages.includes(String(item.requiredBefore))
      ? { ...item, status: 'done', date: '2026-04-01', evidence: item.evidenceNeeded ? evidence : (item.evidence ?? null) }
      : item,
  );

export const changeCount = (app: TestApp): number =>
  (app.ctx.sqlite.prepare('SELECT count(*) AS n FROM "changeLog"').get() as { n: number }).n;

/** A record as it arrives from another installation (sync): written as a change, past this installation's checks. */
export function receiveRecord(app: TestApp, register: string, values: Record<string, FieldValue>): string {
  const def = findRegister(register)!;
  const data = Object.fromEntries(def.fields.map((f) => [f.key, values[f.key] ?? (f.type === 'boolean' ? false : null)]));
  return forgeChange(app, register, uuidv7(), 'put', data, String(values.department)).recordId;
}

/** Moves a delegation to `status`, saving `extra` with it. */
export const moveTrip = (app: TestApp, d: RecordDto, status: string, extra: Record<string, FieldValue> = {}): Promise<RecordDto> =>
  app.call('records.put', { register: 'delegation', id: d.id, baseHead: d.meta.head, values: { ...extra, status } });

/** A trip the rules let through: two countries in eight days, passports valid, notice posted in time. */
export async function approvableOutbound(app: TestApp, department = 'FAO'): Promise<RecordDto> {
  const leader = await addPerson(app, { passportExpiry: '2031-03-31', department });
  const member = await addPerson(app, { name: '李华', passportNumber: 'E87654321', passportExpiry: '2030-09-30', department });
  const trip = outboundTrip(membersOf(leader, member), {
    returnDate: '2026-05-08',
    noticeStart: '2026-03-16',
    approvedDate: '2026-03-25',
    department,
  });
  trip.legs = (trip.legs as TableRow[]).map((l) => (l.country === 'GB' ? { ...l, leave: '2026-05-08' } : l));
  return app.call('records.put', { register: 'delegation', values: trip });
}

/** That trip taken by the office through submission and public notice to 已批准, its checklist done as it goes. */
export async function approvedTrip(app: TestApp, department = 'FAO'): Promise<RecordDto> {
  const evidence = await evidenceFile(app);
  let d = await approvableOutbound(app, department);
  for (const [status, stages] of [
    ['submitted', ['submitted']],
    ['publicNotice', []],
    ['approved', ['approved']],
  ] as const) {
    const approval: Record<string, FieldValue> = status === 'approved' ? { approvalNumber: '外审〔2026〕12号' } : {};
    d = await moveTrip(app, d, status, { checklist: completeItems(d.values.checklist as TableRow[], [...stages], evidence), ...approval });
  }
  return d;
}
