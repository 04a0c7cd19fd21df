import { describe, expect, it } from 'vitest';
import { addPerson, changeCount, personValues } from '../../support/delegations';
import { tempApp } from '../../support/tempApp';

const number = String(personValues().passportNumber);
const shown = 'E••••••78';

describe('passport numbers are shown masked', () => {
  it('masks the number in lists and on the record, and says which fields are masked', async () => {
    const app = await tempApp();
    const id = await addPerson(app);
    const [row] = (await app.call('records.list', { register: 'person' })).rows;
    const one = await app.call('records.get', { register: 'person', id });
    for (const dto of [row!, one]) {
      expect(dto.values.passportNumber).toBe(shown);
      expect(dto.masked).toEqual(['passportNumber']);
      expect(JSON.stringify(dto)).not.toContain(number);
    }
  });

  it('marks nothing masked when there is no number', async () => {
    const app = await tempApp();
    const id = await addPerson(app, { passportNumber: null });
    const dto = await app.call('records.get', { register: 'person', id, reveal: true });
    expect(dto.masked).toBeUndefined();
    expect((await app.call('records.history', { register: 'person', id })).map((h) => h.op)).toEqual(['create']);
  });

  it('does not find a person by the number', async () => {
    const app = await tempApp();
    await addPerson(app);
    expect((await app.call('records.list', { register: 'person', search: number })).total).toBe(0);
    expect((await app.call('records.list', { register: 'person', search: '张明远' })).total).toBe(1);
  });
});

describe('revealing a passport number', () => {
  it('shows the number in full and notes in the history who saw it and when', async () => {
    const app = await tempApp({ name: '外事办护照专管员', role: 'office', departments: ['FAO'] });
    const id = await addPerson(app);
    await app.call('records.get', { register: 'person', id });
    expect((await app.call('records.history', { register: 'person', id })).map((h) => h.op)).toEqual(['create']);

    const revealed = await app.call('records.get', { register: 'person', id, reveal: true });
    expect(revealed.values.passportNumber).toBe(number);
    expect(revealed.masked).toBeUndefined();

    const history = await app.call('records.history', { register: 'person', id });
    expect(history.map((h) => h.op)).toEqual(['create', 'reveal']);
    const reveal = history[1]!;
    expect(reveal).toMatchObject({
      author: app.ctx.self.id,
      authorName: '外事办护照专管员',
      changes: [{ field: 'passportNumber', before: null, after: null }],
    });
    expect(Date.parse(reveal.at)).toBeGreaterThan(Date.parse(history[0]!.at));
    // A reveal is a note, not an edit: the record and its change log are untouched.
    expect(app.ctx.changes.forRecord(id)).toHaveLength(1);

    await app.call('records.put', { register: 'person', id, values: { position: '教授' } });
    await app.call('records.get', { register: 'person', id, reveal: true });
    expect((await app.call('records.history', { register: 'person', id })).map((h) => h.op)).toEqual(['create', 'reveal', 'put', 'reveal']);
  });
});

describe('the history of a passport number', () => {
  it('records that the number changed without showing either number', async () => {
    const app = await tempApp();
    const id = await addPerson(app);
    await app.call('records.put', { register: 'person', id, values: { passportNumber: 'E99999977' } });
    const change = (await app.call('records.history', { register: 'person', id }))[1]!.changes;
    expect(change).toEqual([{ field: 'passportNumber', before: shown, after: 'E••••••77' }]);
    expect(JSON.stringify(await app.call('records.history', { register: 'person', id }))).not.toMatch(/E12345678|E99999977/);
  });

  it('records a change that keeps the first and last characters, though the masked values look the same', async () => {
    const app = await tempApp();
    const id = await addPerson(app);
    await app.call('records.put', { register: 'person', id, values: { passportNumber: 'E00000078' } });
    const history = await app.call('records.history', { register: 'person', id });
    expect(history[1]!.changes).toEqual([{ field: 'passportNumber', before: shown, after: shown }]);
  });
});

describe('saving a record shown masked', () => {
  it('keeps the real number when the masked value is sent back', async () => {
    const app = await tempApp();
    const id = await addPerson(app);
    const shownRecord = await app.call('records.get', { register: 'person', id });
    await app.call('records.put', {
      register: 'person',
      id,
      baseHead: shownRecord.meta.head,
      values: { ...shownRecord.values, position: '教授' },
    });
    expect((await app.call('records.get', { register: 'person', id, reveal: true })).values.passportNumber).toBe(number);
    const edit = (await app.call('records.history', { register: 'person', id }))[1]!;
    expect(edit.changes.map((c) => c.field)).toEqual(['position']);
  });

  it('refuses a masked value where there is no number to keep, instead of saving or dropping it', async () => {
    const app = await tempApp();
    const before = changeCount(app);
    const err = await app.fail('records.put', { register: 'person', values: personValues({ passportNumber: shown }) });
    expect(err.code).toBe('VALIDATION');
    expect(err.issues!.map((i) => i.field)).toEqual(['passportNumber']);
    expect(err.issues![0]!.message.en).toContain('full number');
    expect(changeCount(app)).toBe(before);

    const id = await addPerson(app, { passportNumber: null });
    const edit = await app.fail('records.put', { register: 'person', id, values: { passportNumber: shown } });
    expect(edit.issues!.map((i) => i.field)).toEqual(['passportNumber']);
    expect((await app.call('records.get', { register: 'person', id })).values.passportNumber).toBeNull();
  });

  it('refuses a half-edited mask rather than keeping the old number unnoticed', async () => {
    const app = await tempApp();
    const id = await addPerson(app);
    const record = await app.call('records.get', { register: 'person', id });
    const err = await app.fail('records.put', {
      register: 'person',
      id,
      baseHead: record.meta.head,
      values: { passportNumber: `X${shown.slice(1)}` },
    });
    expect(err.issues!.map((i) => i.field)).toEqual(['passportNumber']);
    expect((await app.call('records.get', { register: 'person', id, reveal: true })).values.passportNumber).toBe(number);
  });
});
