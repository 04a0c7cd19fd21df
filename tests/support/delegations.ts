import type { FieldValue, FileRef, TableRow } from '../../src-main/contract';
import { findRegister } from '../../src-main/core/registers';
import { attach, type TestApp } from './tempApp';

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
export const evidenceFile = (app: TestApp, name = '证明材料.pdf'): Promise<FileRef> =>
  attach(app, name, `%PDF-1.4 ${name}`);

/** The checklist with every item required before one of `stages` done, with evidence where it is needed. */
export const completeItems = (checklist: TableRow[], stages: string[], evidence: FileRef): TableRow[] =>
  checklist.map((item) =>
    stages.includes(String(item.requiredBefore))
      ? { ...item, status: 'done', date: '2026-04-01', evidence: item.evidenceNeeded ? evidence : item.evidence ?? null }
      : item,
  );

export const changeCount = (app: TestApp): number => (app.ctx.sqlite.prepare('SELECT count(*) AS n FROM "changeLog"').get() as { n: number }).n;

/** A record as it arrives from another installation (sync): written as a change, past this installation's checks. */
export function receiveRecord(app: TestApp, register: string, values: Record<string, FieldValue>): string {
  const def = findRegister(register)!;
  const data = Object.fromEntries(def.fields.map((f) => [f.key, values[f.key] ?? (f.type === 'boolean' ? false : null)]));
  return app.writer.createMany(def, [{ data, department: String(values.department) }])[0]!;
}
