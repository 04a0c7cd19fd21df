import { describe, expect, it } from 'vitest';
import type { ListPage } from '../../../src-main/contract';
import { openApp } from '../../../src-main/app/openApp';
import { addPerson, membersOf, outboundTrip } from '../../support/delegations';
import { closeApp, tempApp } from '../../support/tempApp';
import { bareDatabase, columnsOf } from './migrationHarness';

describe('migration 0004_record_links', () => {
  it('adds the link table to a 0003 database', async () => {
    const { sqlite, migrateUpTo } = bareDatabase();
    await migrateUpTo('0003_budgets');
    await migrateUpTo('0004_record_links');
    expect(columnsOf(sqlite, 'recordLink')).toEqual(['register', 'field', 'value', 'row']);
    sqlite.close();
  });

  it('fills the links of records written before the table existed when the database is next opened', async () => {
    const app = await tempApp();
    const person = await addPerson(app);
    const trip = await app.call('records.put', { register: 'delegation', values: outboundTrip(membersOf(person)) });
    // As a database from before the link table: rows present, no links, nothing remembered.
    app.ctx.sqlite.exec(`DELETE FROM "recordLink"; DELETE FROM "meta" WHERE "key" = 'recordLinkPaths'`);
    const dataDir = app.dataDir;
    closeApp(app);
    const reopened = await openApp({ dataDir });
    const page = await reopened.dispatch('records.list', { register: 'delegation', filters: { member: person, country: 'GB' } });
    expect(page.ok && (page.value as ListPage).rows.map((r) => r.id)).toEqual([trip.id]);
    reopened.close();
  });
});
