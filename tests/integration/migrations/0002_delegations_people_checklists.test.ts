import { describe, expect, it } from 'vitest';
import { metaColumns, registers } from '../../../src-main/core/registers';
import { openApp } from '../../../src-main/app/openApp';
import { closeApp, tempApp } from '../../support/tempApp';
import { bareDatabase, columnsOf, tablesOf } from './migrationHarness';

describe('migration 0002_delegations_people_checklists', () => {
  it('adds people, delegations, checklist templates and the reveal log to a 0001 database', async () => {
    const { sqlite, migrateUpTo } = bareDatabase();
    await migrateUpTo('0001_initial');
    expect(tablesOf(sqlite)).not.toContain('delegation');
    await migrateUpTo('0002_delegations_people_checklists');
    for (const name of ['person', 'delegation', 'checklistTemplate']) {
      expect(tablesOf(sqlite)).toContain(name);
      expect(tablesOf(sqlite)).toContain(`${name}_fts`);
    }
    expect(columnsOf(sqlite, 'recordReveal')).toEqual(['seq', 'register', 'recordId', 'fields', 'at', 'installation']);
    sqlite.close();
  });

  it('leaves every register table, after all migrations, with exactly its definition\'s columns', async () => {
    const { sqlite, migrateUpTo } = bareDatabase();
    await migrateUpTo('9999');
    for (const def of registers) {
      expect(columnsOf(sqlite, def.name).sort(), def.name).toEqual([...metaColumns, ...def.fields.map((f) => f.key)].sort());
    }
    sqlite.close();
  });

  it('gives a database that predates checklists the default templates when it is next opened', async () => {
    const app = await tempApp();
    app.ctx.sqlite.exec('DELETE FROM "checklistTemplate"; DELETE FROM "checklistTemplate_fts"');
    const dataDir = app.dataDir;
    closeApp(app);
    const reopened = await openApp({ dataDir });
    const kinds = reopened.ctx.sqlite.prepare('SELECT "subjectKind" FROM "checklistTemplate" ORDER BY "subjectKind"').all() as { subjectKind: string }[];
    expect(kinds.map((k) => k.subjectKind)).toEqual(['conference', 'expertHire', 'inboundDelegation', 'outboundDelegation', 'partnerReview']);
    reopened.close();
  });
});
