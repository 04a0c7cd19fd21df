import { describe, expect, it } from 'vitest';
import type { FieldValue } from '../../../src-main/contract';
import { registerOf } from '../../../src-main/services/context';
import type { Admission } from '../../../src-main/services/gate/proposal';
import { blankValues } from '../../../src-main/services/demo/agreements';
import { partnerValues, tempApp, type TestApp } from '../../support/tempApp';

/**
 * A batch (a spreadsheet import) and a bulk write index their new rows for search at their end, in one statement.
 * The index is external-content: told to remove text it never held for a row, it is silently corrupted, so these
 * check it against the table with FTS5's own integrity check, and search for the old and the final texts.
 */
const partner = registerOf('partner');
const values = (over: Record<string, unknown>) => ({ ...blankValues('partner'), ...partnerValues(over) });
/** The writer's own mechanism is tested here, below the gate: its verdict is given by hand. */
const admitted = (data: Record<string, FieldValue> | null) => ({ values: data, owner: 'LAW', previous: undefined }) as unknown as Admission;

const integrityChecked = (app: TestApp) =>
  app.ctx.sqlite.prepare(`INSERT INTO "partner_fts" ("partner_fts", rank) VALUES ('integrity-check', 1)`).run();
const found = async (app: TestApp, search: string) =>
  (await app.call('records.list', { register: 'partner', search, limit: 100 })).rows.map((r) => r.id);

describe('the search index of rows written in a batch', () => {
  it('holds each row with the text it ends the batch with: rows added, changed again, deleted, and rows from before', async () => {
    const app = await tempApp();
    const put = (id: string, over: Record<string, unknown>) => app.writer.write(partner, id, 'put', admitted(values(over)), []);
    put('old', { nameZh: '牛津大学', nameOriginal: 'University of Oxford' });
    app.writer.batch(() => {
      put('new', { nameZh: '剑桥大学', nameOriginal: 'University of Cambridge' });
      put('new', { nameZh: '剑桥大学', nameOriginal: 'Cambridge University', city: '剑桥' });
      put('gone', { nameZh: '爱丁堡大学', nameOriginal: 'University of Edinburgh' });
      app.writer.write(partner, 'gone', 'delete', admitted(null), []);
      put('old', { nameZh: '牛津大学', nameOriginal: 'Oxford University', city: '牛津' });
    });
    expect(() => integrityChecked(app)).not.toThrow();
    expect(await found(app, 'Cambridge University')).toEqual(['new']);
    expect(await found(app, 'University of Cambridge')).toEqual([]);
    expect(await found(app, 'Oxford University')).toEqual(['old']);
    expect(await found(app, 'University of Oxford')).toEqual([]);
    expect(await found(app, '爱丁堡')).toEqual([]);
  });

  it('holds nothing of a batch rolled back, and indexes the next rows as they are written', async () => {
    const app = await tempApp();
    const put = (id: string, over: Record<string, unknown>) => app.writer.write(partner, id, 'put', admitted(values(over)), []);
    expect(() =>
      app.writer.batch(() => {
        put('dry', { nameZh: '剑桥大学', nameOriginal: 'University of Cambridge' });
        throw new Error('a dry run ends here');
      }),
    ).toThrow('a dry run ends here');
    put('after', { nameZh: '牛津大学', nameOriginal: 'University of Oxford' });
    expect(() => integrityChecked(app)).not.toThrow();
    expect(await found(app, 'Cambridge')).toEqual([]);
    expect(await found(app, 'Oxford')).toEqual(['after']);
  });

  it("holds rows written by a bulk write inside a batch, and the batch's own", async () => {
    const app = await tempApp();
    app.writer.batch(() => {
      app.writer.write(partner, 'single', 'put', admitted(values({ nameZh: '剑桥大学', nameOriginal: 'University of Cambridge' })), []);
      app.writer.createMany(
        partner,
        [{ recordId: 'bulk', department: 'LAW', data: values({ nameZh: '牛津大学', nameOriginal: 'University of Oxford' }) }],
        (r) => admitted(r.data),
      );
      app.writer.write(partner, 'last', 'put', admitted(values({ nameZh: '爱丁堡大学', nameOriginal: 'University of Edinburgh' })), []);
    });
    expect(() => integrityChecked(app)).not.toThrow();
    expect(await found(app, 'Cambridge')).toEqual(['single']);
    expect(await found(app, 'Oxford')).toEqual(['bulk']);
    expect(await found(app, 'Edinburgh')).toEqual(['last']);
  });
});
