import { openFigures } from './openBench';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { figure, toJson, toTable, type Figure } from './figures';
import { startRssSampling, stopRssSampling } from './memory';
import { note } from './progress';
import { appBulkWrite } from './appWrite';
import { bundleFigures } from './bundleBench';
import { delegationFigures } from './delegationBench';
import { desktopFigures, desktopFiguresNotMeasured } from './desktopBench';
import { sqliteFigures } from './sqliteBench';
import { uiFigures, uiFiguresNotMeasured } from './uiBench';
import { xlsxFigures } from './xlsxBench';

/**
 * `npm run bench [-- --records N] [-- --json] [-- --no-ui] [-- --only xlsx|bundle|desktop]`: every figure measured in one run on one
 * machine, so ratios to the raw baseline mean something. Progress goes to stderr; stdout is either the
 * table or exactly one JSON object. Targets are reported, never asserted: the exit code is non-zero only
 * when the bench itself crashes.
 */

const usage = `usage: npm run -s bench -- [--records N] [--json] [--no-ui] [--only xlsx|bundle|desktop]
  (-s: without it npm prints its "> tsx ..." banner on stdout, before the JSON)
  --records N   agreements and delegations to write and query (default 100000; people: N/2)
  --json        print {"figures": [...]} on stdout instead of the table
  --no-ui       skip the Chromium figures, the desktop ones among them (reported as null)
  --only xlsx   only the spreadsheet figures (and the write they export from), to work on the import or export
  --only bundle only the signed-bundle figures (10k and N partners), without the agreements and delegations
  --only desktop only the desktop figures: a 150 MB bundle of documents imported through the window (--records unused)
`;

function readOptions(): { records: number; json: boolean; ui: boolean; only: 'xlsx' | 'bundle' | 'desktop' | undefined } {
  const { values } = parseArgs({
    options: {
      records: { type: 'string', default: '100000' },
      json: { type: 'boolean', default: false },
      'no-ui': { type: 'boolean', default: false },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(usage);
    process.exit(0);
  }
  const records = Number(values.records);
  if (!Number.isInteger(records) || records < 100 || records > 1_000_000) {
    throw new Error(`--records must be a whole number from 100 to 1000000, not ${values.records}`);
  }
  const only = values.only;
  if (only !== undefined && only !== 'xlsx' && only !== 'bundle' && only !== 'desktop')
    throw new Error(`--only takes xlsx, bundle or desktop, not ${only}`);
  return { records, json: values.json, ui: !values['no-ui'], only };
}

async function main(): Promise<void> {
  let options: ReturnType<typeof readOptions>;
  try {
    options = readOptions();
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${usage}`);
    process.exit(2);
  }
  // One temp root for the app's data dir and the raw baseline's files, removed whatever happens.
  const root = mkdtempSync(join(tmpdir(), 'waiban-bench-'));
  const dataDir = join(root, 'data');
  // Ctrl-C must not leave a few hundred MB in /tmp (Playwright closes Chromium on its own SIGINT handler).
  process.once('SIGINT', () => {
    rmSync(root, { recursive: true, force: true });
    process.exit(130);
  });
  startRssSampling();
  note(`bench: ${options.records} agreements and ${options.records} delegations, temp dir ${root}`);
  try {
    // The bundle figures write their own partners in their own data folders: the bulk write is not needed.
    if (options.only === 'bundle' || options.only === 'desktop') {
      const all = options.only === 'bundle' ? await bundleFigures(options.records, root) : await desktopFigures(root);
      all.push(figure('rss_peak_mb', stopRssSampling(), 'MB'));
      process.stdout.write(options.json ? `${toJson(all)}\n` : toTable(all));
      return;
    }
    const write = await appBulkWrite(dataDir, options.records);
    const { app } = write;
    const all: Figure[] = [];
    try {
      if (options.only === 'xlsx') all.push(...(await xlsxFigures(write, root)));
      else {
        all.push(
          ...(await sqliteFigures(write, root)),
          ...(await openFigures(app)),
          ...(await delegationFigures(write, root)),
          ...(await xlsxFigures(write, root)),
        );
        all.push(...(await bundleFigures(options.records, root)));
        all.push(...(options.ui ? await uiFigures(app) : uiFiguresNotMeasured()));
        all.push(...(options.ui ? await desktopFigures(root) : desktopFiguresNotMeasured()));
        if (!options.ui) note('UI figures: skipped (--no-ui)');
      }
    } finally {
      app.close();
    }
    all.push(figure('rss_peak_mb', stopRssSampling(), 'MB'));
    process.stdout.write(options.json ? `${toJson(all)}\n` : toTable(all));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench crashed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
