import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../src-main/services/backup/backups';
import { setBackupSettings } from '../../../src-main/services/backup/backupSettings';
import { restoreInto } from '../../support/backups';
import { addManyLawPartners } from '../../support/manyRecords';
import { partnerValues, tempApp, tempDir } from '../../support/tempApp';

describe('a backup taken while the app writes', () => {
  it(
    'restores to the state after one of the writes and before the next: whole, every record with its change',
    { timeout: 120_000 },
    async () => {
      const app = await tempApp();
      // Enough that copying the database takes a while, so the writes below run while it does.
      addManyLawPartners(app, 20_000);
      const folder = tempDir();
      setBackupSettings(app.ctx, { folder });
      const streamed = () => app.ctx.sqlite.prepare(`SELECT count(*) FROM "partner" WHERE "nameZh" LIKE '流%'`).pluck().get() as number;

      let done = false;
      const backup = createBackup(app.ctx, { kind: 'manual' }).finally(() => (done = true));
      let written = 0;
      while (!done) {
        await app.call('records.put', {
          register: 'partner',
          values: partnerValues({ nameZh: `流${String(written).padStart(6, '0')}`, city: '伦敦' }),
        });
        written++;
        await new Promise((resolve) => setImmediate(resolve));
      }
      const info = await backup;
      // The backup ran on a thread of its own while this one went on writing.
      expect(written).toBeGreaterThan(0);
      expect(streamed()).toBe(written);

      const dataDir = join(tempDir(), 'restored');
      await restoreInto(dataDir, join(folder, info.file), app.ctx.clock.now() + 1000);
      const restored = new BetterSqlite3(join(dataDir, 'waiban.sqlite'), { readonly: true });
      try {
        expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
        const names = restored
          .prepare(`SELECT "nameZh" FROM "partner" WHERE "nameZh" LIKE '流%' ORDER BY "nameZh"`)
          .pluck()
          .all() as string[];
        // A point in the stream: the first k writes, for some k, and none after.
        expect(names).toEqual(Array.from({ length: names.length }, (_, i) => `流${String(i).padStart(6, '0')}`));
        expect(names.length).toBeLessThanOrEqual(written);
        // Every record with the change that wrote it, and the counts the backup's manifest gives.
        const withoutChange = restored
          .prepare(`SELECT count(*) FROM "partner" p WHERE NOT EXISTS (SELECT 1 FROM "changeLog" c WHERE c."id" = p."head")`)
          .pluck()
          .get();
        expect(withoutChange).toBe(0);
        expect(restored.prepare(`SELECT count(*) FROM "partner" WHERE "deleted" = 0`).pluck().get()).toBe(info.records!.partner);
      } finally {
        restored.close();
      }
    },
  );
});
