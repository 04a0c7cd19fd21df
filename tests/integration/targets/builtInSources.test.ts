import { describe, expect, it } from 'vitest';
import { closeApp, tempApp, tempDir } from '../../support/tempApp';
import { forgeChange } from '../../support/forge';

describe("the built-in plan's target sources on a database made before them", () => {
  it('are filled in once by the office from the built-in plan, as changes with history, and not refilled after the office clears one', async () => {
    const dir = tempDir();
    const before = await tempApp('default', dir);
    // As a database from before migration 0011 looks once migrated: targets without a source, nothing filled yet.
    const store = before.ctx.stores.get('planTarget')!;
    for (const id of before.ctx.sqlite.prepare('SELECT "id" FROM "planTarget"').pluck().all() as string[]) {
      const row = store.get(id)!;
      forgeChange(before, 'planTarget', id, 'put', { ...store.values(row), source: null, metric: null, qualifyingTypes: null }, 'FAO', [
        row.head,
      ]);
    }
    before.ctx.sqlite.exec(`DELETE FROM "meta" WHERE "key" = 'defaults.targetSources'`);
    closeApp(before);

    const app = await tempApp('default', dir);
    const t1 = app.ctx.sqlite.prepare(`SELECT "id", "head", "source", "metric" FROM "planTarget" WHERE "code" = 'T1'`).get() as {
      id: string;
      head: string;
      source: string;
      metric: string;
    };
    expect([t1.source, t1.metric]).toEqual(['computed', 'activePartners']);
    expect((await app.call('targets.report', {})).targets.filter((t) => t.source === 'none')).toEqual([]);
    const history = await app.call('records.history', { register: 'planTarget', id: t1.id });
    expect(history.at(-1)!.changes.map((c) => c.field)).toEqual(expect.arrayContaining(['source', 'metric', 'qualifyingTypes']));

    await app.call('records.put', { register: 'planTarget', id: t1.id, baseHead: t1.head, values: { source: null, metric: null } });
    closeApp(app);
    const again = await tempApp('default', dir);
    expect(again.ctx.sqlite.prepare(`SELECT "source" FROM "planTarget" WHERE "code" = 'T1'`).pluck().get()).toBeNull();
  });
});
