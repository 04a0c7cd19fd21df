import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src-main/core/bundle/canonicalJson';
import { addDemoData } from '../../../src-main/services/demo';
import { tempApp } from '../../support/tempApp';

describe('the lines a segment carries, joined from the stored change', () => {
  it('are the canonical JSON of each change, for every register of the demo data and for awkward values', async () => {
    const app = await tempApp();
    addDemoData(app.ctx, app.writer, 30);
    const author = app.ctx.self.id;
    const last = app.ctx.changes.lastAuthorSeq(author);
    // Written straight to the log: keys out of order, nested, starting with a digit, escapes and non-BMP text.
    app.ctx.changes.insert({
      id: 'change-awkward',
      register: 'partner',
      recordId: 'record-awkward',
      op: 'put',
      data: { z: 1, a: { y: [{ d: 2, c: '"引号"\n' }], x: null }, '9k': '𠀀', '10': true, B: -0.5 } as never,
      department: 'LAW',
      author,
      authorSeq: last + 1,
      hlc: '9999-12-31T00:00:00.000Z-0000-x',
      parents: ['p2', 'p1'],
    });
    const changes = app.ctx.changes.byAuthorAfter(author, 0);
    const lines = app.ctx.changes.linesByAuthorAfter(author, 0, changes.length + 1);
    expect(changes.length).toBeGreaterThan(300);
    expect(new Set(changes.map((c) => c.register)).size).toBeGreaterThan(8);
    expect(lines.map((l) => l.line)).toEqual(changes.map((c) => canonicalJson(c)));
    expect(lines.map((l) => l.authorSeq)).toEqual(changes.map((c) => c.authorSeq));
  });
});
