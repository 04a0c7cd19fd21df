import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { openApp, type WaibanApp } from '../../src-main/app/openApp';
import { addDemoAgreements } from '../../src-main/services/demo/agreements';
import { exportRegister } from '../../src-main/services/xlsx/exportRegister';
import { importRegister } from '../../src-main/services/xlsx/importRegister';
import { parseLimits, type ParseLimits } from '../../src-main/services/xlsx/parseWorkbook';
import type { AppWrite } from './appWrite';
import { figure, type Figure } from './figures';
import { phasePeakMb, sampleRss, startPhase } from './memory';
import { note, step, throttled } from './progress';
import { rawInsert, storedRows } from './rawBaseline';
import { median } from './timing';

/**
 * Spreadsheets: 10k agreements exported, then imported into an empty database (dry run, the write after it as the
 * wizard does, and the same file again, unchanged; and the write with no dry run first, into another), each against SheetJS's bare read or write of the same file and R_insert of the same rows,
 * measured in this run. Then the bench's own N agreements exported and imported, for their times and peak memory.
 * Targets from issue 8: import <= 1.5 s and <= 1.3x bare parse + 1x R_insert; export <= 1 s; peak < 1 GB.
 */

const rows10k = 10_000;

const timedMs = async (work: () => unknown): Promise<number> => {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
};

const medianOf = async (runs: number, work: () => unknown): Promise<number> => {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timedMs(work));
  return median(times);
};

/** An import that must not refuse rows: a refused row would make every figure after it meaningless. */
async function importAll(
  app: WaibanApp,
  register: string,
  bytes: Buffer,
  dryRun: boolean,
  onProgress?: (done: number, total: number) => void,
  limits?: ParseLimits,
) {
  const report = await importRegister(app.ctx, app.writer, { register, bytes, dryRun, onProgress, limits });
  if (report.rowsRefused.length)
    throw new Error(`${register}: ${report.rowsRefused.length} refusals, first ${JSON.stringify(report.rowsRefused[0])}`);
  return report;
}

async function tenThousand(root: string): Promise<Figure[]> {
  const source = await openApp({ dataDir: join(root, 'xlsx-source'), init: 'default' });
  const target = await openApp({ dataDir: join(root, 'xlsx-target'), init: 'default' });
  try {
    await step(`xlsx: ${rows10k} demo agreements to export`, () => addDemoAgreements(source.ctx, source.writer, rows10k, 13));
    let agreements: Buffer = Buffer.alloc(0);
    const exportMs = await step('xlsx: export 10k agreements (median of 3)', () =>
      medianOf(3, () => (agreements = exportRegister(source.ctx, { register: 'agreement' }))),
    );
    const partners = exportRegister(source.ctx, { register: 'partner' });
    note(`  agreements file: ${(agreements.length / 1048576).toFixed(1)} MB`);

    let sheet: unknown[][] = [];
    const parseMs = await step('xlsx: bare SheetJS read of the same file (median of 3)', () =>
      medianOf(3, () => {
        const book = XLSX.read(agreements, { type: 'buffer', dense: true });
        sheet = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, raw: true });
      }),
    );
    const writeMs = await step('xlsx: bare SheetJS write of the same rows (median of 3)', () =>
      medianOf(3, () => {
        const book = XLSX.utils.book_new();
        XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(sheet), 'S');
        XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true });
      }),
    );

    await step('xlsx: partners the agreements refer to, into the empty database', () => importAll(target, 'partner', partners, false));
    // A dry run changes nothing, so it is a median of 3 like the bare parse it is compared with. The parse keeps the
    // last sheet it read by bytes and limits; each run but the last is given other limits, so that each reads the
    // file afresh, and the last, with the app's own, is the preview the write below follows.
    let run = 0;
    const dryMs = await step('xlsx: import 10k agreements, dry run (median of 3)', () =>
      medianOf(3, () =>
        importAll(target, 'agreement', agreements, true, undefined, { ...parseLimits, timeMs: parseLimits.timeMs + 2 - run++ }),
      ),
    );
    const importMs = await step('xlsx: import 10k agreements after the dry run, as the import wizard does', () =>
      timedMs(() => importAll(target, 'agreement', agreements, false)),
    );
    let unchanged = 0;
    const againMs = await step('xlsx: import the same file again', () =>
      timedMs(async () => (unchanged = (await importAll(target, 'agreement', agreements, false)).unchanged)),
    );
    if (unchanged !== rows10k) throw new Error(`re-import: ${unchanged} of ${rows10k} rows unchanged`);
    // The same write where no preview came first (the CLI without --dry-run): the file is read as part of it.
    const unpreviewed = await openApp({ dataDir: join(root, 'xlsx-target-unpreviewed'), init: 'default' });
    let coldMs = 0;
    try {
      await importAll(unpreviewed, 'partner', partners, false);
      coldMs = await step('xlsx: import 10k agreements with no dry run first', () =>
        timedMs(() => importAll(unpreviewed, 'agreement', agreements, false)),
      );
    } finally {
      unpreviewed.close();
    }
    const rInsert = await step('xlsx: raw better-sqlite3 insert of the same 10k agreement rows (5 runs)', () => {
      const { columns, rows } = storedRows(target, 'agreement');
      return rawInsert(root, 'agreement', columns, rows);
    });

    const budget = 1.3 * parseMs + rInsert;
    return [
      figure('xlsx_r_insert_10k_ms', rInsert, 'ms'),
      figure('xlsx_bare_parse_10k_ms', parseMs, 'ms'),
      figure('xlsx_bare_write_10k_ms', writeMs, 'ms'),
      figure('xlsx_export_10k_ms', exportMs, 'ms', 1000),
      figure('xlsx_export_10k_vs_bare_write', exportMs / writeMs, 'ratio'),
      figure('xlsx_export_10k_vs_r_insert', exportMs / rInsert, 'ratio'),
      figure('xlsx_import_dry_run_10k_ms', dryMs, 'ms', 1500),
      figure('xlsx_import_dry_run_10k_vs_budget', dryMs / budget, 'ratio', 1),
      figure('xlsx_import_10k_ms', importMs, 'ms', 1500),
      // The target: 1.3x the bare parse plus 1x R_insert of the same rows.
      figure('xlsx_import_10k_vs_budget', importMs / budget, 'ratio', 1),
      figure('xlsx_import_10k_vs_bare_parse', importMs / parseMs, 'ratio'),
      figure('xlsx_import_10k_vs_r_insert', importMs / rInsert, 'ratio'),
      figure('xlsx_import_10k_without_dry_run_ms', coldMs, 'ms', 1500),
      figure('xlsx_import_10k_without_dry_run_vs_budget', coldMs / budget, 'ratio'),
      figure('xlsx_reimport_unchanged_10k_ms', againMs, 'ms'),
      figure('xlsx_reimport_unchanged_10k_vs_r_insert', againMs / rInsert, 'ratio'),
    ];
  } finally {
    source.close();
    target.close();
  }
}

/** The bench's N agreements exported and imported into an empty database: time, progress and peak memory. */
async function everyAgreement(write: AppWrite, root: string): Promise<Figure[]> {
  const records = write.app.ctx.sqlite.prepare('SELECT count(*) FROM "agreement" WHERE "deleted" = 0').pluck().get() as number;
  const target = await openApp({ dataDir: join(root, 'xlsx-big'), init: 'default' });
  try {
    const partners = exportRegister(write.app.ctx, { register: 'partner' });
    await step('xlsx: partners into the empty database', () => importAll(target, 'partner', partners, false));
    const start = startPhase();
    let agreements: Buffer = Buffer.alloc(0);
    const exportMs = await step(`xlsx: export ${records} agreements`, () =>
      timedMs(() => (agreements = exportRegister(write.app.ctx, { register: 'agreement' }))),
    );
    sampleRss();
    const exportPeak = phasePeakMb();
    note(`  agreements file: ${(agreements.length / 1048576).toFixed(1)} MB`);
    // The import alone from here, apart from what the export took (its compressed bytes and distinct texts).
    const importStart = startPhase();
    const report = throttled(note);
    const importMs = await step(`xlsx: import ${records} agreements`, () =>
      timedMs(() =>
        importAll(target, 'agreement', agreements, false, (done, total) => {
          sampleRss();
          report(`  import: ${done}/${total} rows`);
        }),
      ),
    );
    const importPeak = phasePeakMb();
    const peak = Math.max(exportPeak, importPeak);
    note(
      `  resident memory: ${Math.round(start)} MB before the export, ${Math.round(exportPeak)} MB at its peak, ${Math.round(importStart)} MB before the import, ${Math.round(importPeak)} MB at the import's peak`,
    );
    return [
      figure('xlsx_export_all_ms', exportMs, 'ms'),
      figure('xlsx_export_all_rss_peak_mb', exportPeak, 'MB', 1024),
      figure('xlsx_import_all_ms', importMs, 'ms'),
      figure('xlsx_export_import_all_rss_peak_mb', peak, 'MB', 1024),
      figure('xlsx_export_import_all_rss_growth_mb', peak - start, 'MB'),
      figure('xlsx_import_all_rss_peak_mb', importPeak, 'MB', 1024),
      figure('xlsx_import_all_rss_growth_mb', importPeak - importStart, 'MB'),
    ];
  } finally {
    target.close();
  }
}

const allFigures: [name: string, unit: 'ms' | 'MB', target?: number][] = [
  ['xlsx_export_all_ms', 'ms'],
  ['xlsx_export_all_rss_peak_mb', 'MB', 1024],
  ['xlsx_import_all_ms', 'ms'],
  ['xlsx_export_import_all_rss_peak_mb', 'MB', 1024],
  ['xlsx_export_import_all_rss_growth_mb', 'MB'],
  ['xlsx_import_all_rss_peak_mb', 'MB', 1024],
  ['xlsx_import_all_rss_growth_mb', 'MB'],
];

export async function xlsxFigures(write: AppWrite, root: string): Promise<Figure[]> {
  const figures = await tenThousand(root);
  try {
    figures.push(...(await everyAgreement(write, root)));
  } catch (err) {
    // A refusal (the parse's time or memory limit) is a finding to print, not a reason to lose the other figures.
    note(`xlsx: all agreements not measured: ${err instanceof Error ? err.message : String(err)}`);
    figures.push(...allFigures.map(([name, unit, target]) => figure(name, null, unit, target ?? null)));
  }
  return figures;
}
