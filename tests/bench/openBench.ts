import BetterSqlite3 from 'better-sqlite3';
import { checkPages } from '../../src-main/db/damage';
import type { WaibanApp } from '../../src-main/app/openApp';
import { databaseFile } from '../../src-main/services/dataDir';
import { figure, type Figure } from './figures';
import { step } from './progress';
import { timeMedian } from './timing';

/**
 * What the page check adds to opening the bench's database (every open runs quick_check; the first after an unclean
 * stop the full integrity_check), beside a plain open that reads one row: the raw floor an open cannot go below.
 */
export async function openFigures(app: WaibanApp): Promise<Figure[]> {
  const file = databaseFile(app.dataDir);
  const timedOpen = (work: (db: BetterSqlite3.Database) => unknown) => () => {
    const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    try {
      work(db);
    } finally {
      db.close();
    }
  };
  const [plain, quick, full] = await step('open: plain, quick_check, integrity_check', async () => [
    await timeMedian(
      timedOpen((db) => db.prepare('SELECT "id" FROM "installation" LIMIT 1').get()),
      20,
      3,
    ),
    await timeMedian(
      timedOpen((db) => checkPages(db, false)),
      3,
      1,
    ),
    await timeMedian(
      timedOpen((db) => checkPages(db, true)),
      3,
      1,
    ),
  ]);
  return [
    figure('open_plain_ms', plain, 'ms'),
    figure('open_quick_check_ms', quick, 'ms'),
    figure('open_integrity_check_ms', full, 'ms'),
    figure('open_quick_check_ratio', quick / plain, 'ratio'),
  ];
}
