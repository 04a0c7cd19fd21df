import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { pick, roles, type FieldDef, type Role } from '../contract';
import { openApp, type WaibanApp } from '../app/openApp';
import { defaultDataDir } from '../services/dataDir';
import { findRegister, registers } from '../core/registers';
import { addDemoData } from '../services/demo';
import builtInDepartments from '../../assets/defaults/departments.json';
import { budgetSummary } from '../services/budgetSummary';
import { registerStats } from '../services/stats';
import { exportAll } from '../services/xlsx/exportAll';
import { runBackup } from './backup';
import { runBundle } from './bundle';
import { runConflicts } from './conflicts';
import { runCalendar } from './calendar';
import { runCheck } from './check';
import { runKeys } from './keys';
import { cliLocale, printJson, reportFailure, say, UsageError } from './output';
import { damagedError } from '../db/damage';
import { budgetTable } from './budgetTable';
import { runRecords } from './records';
import { runRepair } from './repair';
import { runEvaluation, runReport, runTargets } from './targets';
import { runStandards } from './standards';
import { runForms } from './forms';
import { runEnrol, runJoinRequest, runReEnrol } from './trust';
import { usage } from './usage';
import { runXlsx } from './xlsx';
import { runXlsxImport } from './xlsxImport';
import { commandFirst } from './commandFirst';

interface FieldSummary {
  key: string;
  type: string;
  required: boolean;
  derived?: true;
  columns?: FieldSummary[];
}

const fieldSummary = (f: FieldDef): FieldSummary => ({
  key: f.key,
  type: f.type,
  required: !!f.required,
  ...(f.derived ? { derived: true as const } : {}),
  ...(f.columns ? { columns: f.columns.map(fieldSummary) } : {}),
});

const common = { 'data-dir': { type: 'string' } } as const;

function parse<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options: { ...common, ...options }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

const dataDirOf = (values: { 'data-dir'?: string | boolean }): string =>
  (values['data-dir'] as string | undefined) ?? process.env.WAIBAN_DATA_DIR ?? defaultDataDir();

/**
 * A command run beside the app while it imports a large bundle waits for the import's write to end, saying so,
 * rather than failing after the few seconds a window's click waits.
 */
const lockWait = {
  ms: 10 * 60_000,
  onWait: () =>
    process.stderr.write(
      `${pick({ zh: '另一个程序正在写入数据库（例如大批量导入），正在等待它完成…', en: 'Another program is writing to the database (a large import, perhaps); waiting for it to finish…' }, cliLocale())}\n`,
    ),
};

/** What the open found wrong with the data folder, one line each on stderr: the output itself stays for scripts. */
function warnHealth(app: WaibanApp): void {
  const lines = [...(app.health.damaged ? [damagedError().localized] : []), ...app.health.permissions.map((w) => w.message)];
  for (const line of lines) process.stderr.write(`waiban: ${pick(line, cliLocale())}\n`);
}

async function withApp<T>(dataDir: string, work: (app: WaibanApp) => Promise<T> | T): Promise<T> {
  const app = await openApp({ dataDir, lockWait });
  warnHealth(app);
  try {
    return await work(app);
  } finally {
    app.close();
  }
}

/**
 * A new installation starts from the built-in department list, and a laptop's departments name who it writes for:
 * a mistyped code would make a laptop whose every record the office refuses, so it is refused before anything is made.
 */
function refuseUnknownDepartments(codes: string[]): void {
  const known = new Set(builtInDepartments.map((d) => d.code));
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length === 0) return;
  throw new UsageError(`unknown department code(s) ${unknown.join(', ')}; known: ${[...known].join(', ')}`);
}

async function init(args: string[]): Promise<void> {
  const { values } = parse(args, { name: { type: 'string' }, role: { type: 'string' }, departments: { type: 'string' } });
  const role = (values.role ?? 'office') as Role;
  if (!roles.includes(role)) throw new UsageError(`--role must be one of ${roles.join(', ')}`);
  const departments = values.departments
    ? values.departments
        .split(',')
        .map((d) => d.trim())
        .filter(Boolean)
    : role === 'office'
      ? ['FAO']
      : [];
  const name = values.name ?? (role === 'office' ? '外事办工作站' : role === 'review' ? '领导审阅' : `${departments.join('、')} 联络员`);
  const dataDir = dataDirOf(values);
  refuseUnknownDepartments(departments);
  const app = await openApp({ dataDir, init: { name, role, departments } });
  warnHealth(app);
  try {
    const self = app.ctx.self;
    say(
      app.created
        ? {
            zh: `已初始化：${self.name}（${self.role}），数据文件夹 ${dataDir}\n密钥指纹：${self.fingerprint}`,
            en: `Initialised ${self.name} (${self.role}) in ${dataDir}\nKey fingerprint: ${self.fingerprint}`,
          }
        : {
            zh: `已初始化过：${self.name}（${self.role}），未做改动。`,
            en: `Already initialised: ${self.name} (${self.role}); nothing changed.`,
          },
    );
  } finally {
    app.close();
  }
}

async function demo(args: string[]): Promise<void> {
  const { values } = parse(args, { records: { type: 'string' }, seed: { type: 'string' } });
  const records = Number(values.records ?? 50);
  if (!Number.isInteger(records) || records < 1 || records > 1_000_000)
    throw new UsageError('--records must be a whole number from 1 to 1000000');
  await withApp(dataDirOf(values), (app) => {
    const showProgress = records >= 5000 && process.stderr.isTTY !== undefined;
    const zh = cliLocale() === 'zh';
    let current = '';
    const result = addDemoData(app.ctx, app.writer, records, Number(values.seed ?? 13), (register, done, total, stage) => {
      if (!showProgress) return;
      // One line per register and stage, rewritten in place as it fills.
      if (current && current !== stage + register) process.stderr.write('\n');
      current = stage + register;
      const label = findRegister(register)?.label;
      const verb = stage === 'prepare' ? (zh ? '准备' : 'preparing') : zh ? '写入' : 'writing';
      process.stderr.write(`\r${verb} ${(zh ? label?.zh : label?.en) ?? register} ${done}/${total}`);
    });
    if (showProgress) process.stderr.write('\n');
    say({
      zh:
        `已添加 ${result.partners} 个合作方、${result.agreements} 份协议、${result.people} 名人员、${result.delegations} 个团组、${result.funds} 项经费及 ${result.expenses} 笔支出；` +
        `${result.programs} 个交流项目、${result.mobility} 条学生交流、${result.conferences} 个国际会议、${result.trainings} 个国际培训、${result.experts} 项外籍专家聘请、` +
        `${result.studentIntakes} 条留学生记录、${result.annualPlans} 份年度计划及 ${result.annualFigures} 个年度基数。`,
      en:
        `Added ${result.partners} partners, ${result.agreements} agreements, ${result.people} people, ${result.delegations} delegations, ${result.funds} funds and ${result.expenses} expenses; ` +
        `${result.programs} programs, ${result.mobility} student stays abroad, ${result.conferences} conferences, ${result.trainings} trainings, ${result.experts} expert hires, ` +
        `${result.studentIntakes} international student records, ${result.annualPlans} annual plans and ${result.annualFigures} years of head-counts.`,
    });
  });
}

async function stats(args: string[]): Promise<void> {
  const { values } = parse(args, { json: { type: 'boolean' }, year: { type: 'string' } });
  const fiscalYear = values.year === undefined ? undefined : Number(values.year);
  if (fiscalYear !== undefined && !(Number.isInteger(fiscalYear) && fiscalYear >= 2000 && fiscalYear <= 2100)) {
    throw new UsageError(`--year takes a year such as 2026, not "${values.year}"`);
  }
  await withApp(dataDirOf(values), (app) => {
    const rows = registerStats(app.ctx);
    const budget = budgetSummary(app.ctx, { fiscalYear });
    if (values.json) {
      return printJson({ registers: Object.fromEntries(rows.map((r) => [r.register, { live: r.live, deleted: r.deleted }])), budget });
    }
    const zh = cliLocale() === 'zh';
    const label = (r: (typeof rows)[number]) => (zh ? r.label.zh : r.label.en);
    const width = Math.max(...rows.map((r) => label(r).length));
    for (const r of rows)
      process.stdout.write(
        `${label(r).padEnd(width)} ${String(r.live).padStart(8)}${r.deleted ? `  (${zh ? '已删除' : 'deleted'} ${r.deleted})` : ''}\n`,
      );
    process.stdout.write(budgetTable(budget, zh));
  });
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = commandFirst(argv);
  switch (command) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(usage);
      return 0;
    case 'init':
      await init(rest);
      return 0;
    case 'demo':
      await demo(rest);
      return 0;
    case 'stats':
      await stats(rest);
      return 0;
    case 'registers':
      printJson(registers.map((r) => ({ name: r.name, label: r.label, fields: r.fields.map(fieldSummary) })));
      return 0;
    case 'records': {
      const [sub, ...args] = rest;
      const { values } = parse(args, {
        register: { type: 'string' },
        id: { type: 'string' },
        json: { type: 'string' },
        search: { type: 'string' },
        filter: { type: 'string', multiple: true },
        sort: { type: 'string' },
        limit: { type: 'string' },
        deleted: { type: 'boolean' },
        reveal: { type: 'boolean' },
        ids: { type: 'string' },
        matching: { type: 'boolean' },
        department: { type: 'string' },
        change: { type: 'string' },
        confirm: { type: 'string', multiple: true },
      });
      const stdin = () => readFileSync(0, 'utf8');
      let code = 0;
      await withApp(dataDirOf(values), async (app) => {
        code = await runRecords(app, sub, values, stdin);
      });
      return code;
    }
    case 'targets':
    case 'evaluation':
    case 'report': {
      const { values } = parse(rest, {
        json: { type: 'boolean' },
        plan: { type: 'string' },
        year: { type: 'string' },
        out: { type: 'string' },
        xlsx: { type: 'string' },
        force: { type: 'boolean' },
      });
      const run = command === 'targets' ? runTargets : command === 'evaluation' ? runEvaluation : runReport;
      await withApp(dataDirOf(values), (app) => run(app, values));
      return 0;
    }
    case 'forms': {
      const { values } = parse(rest, {
        register: { type: 'string' },
        id: { type: 'string' },
        out: { type: 'string' },
        form: { type: 'string' },
        html: { type: 'boolean' },
        json: { type: 'boolean' },
      });
      await withApp(dataDirOf(values), (app) => runForms(app, values));
      return 0;
    }
    case 'check': {
      const { values } = parse(rest, {
        register: { type: 'string' },
        id: { type: 'string' },
        all: { type: 'boolean' },
        json: { type: 'boolean' },
      });
      await withApp(dataDirOf(values), (app) => runCheck(app, values));
      return 0;
    }
    case 'calendar': {
      const [sub, ...args] = rest;
      const { values } = parse(args, {
        year: { type: 'string' },
        'notice-number': { type: 'string' },
        'notice-date': { type: 'string' },
        source: { type: 'string' },
        holiday: { type: 'string', multiple: true },
        workday: { type: 'string', multiple: true },
        json: { type: 'boolean' },
      });
      await withApp(dataDirOf(values), (app) => runCalendar(app, sub, values, cliLocale()));
      return 0;
    }
    case 'keys': {
      const [sub, ...args] = rest;
      const { values, positionals } = parse(args, {
        comment: { type: 'string' },
        sig: { type: 'string' },
        pub: { type: 'string' },
        json: { type: 'boolean' },
      });
      await runKeys(sub, positionals, values, (work) => withApp(dataDirOf(values), work));
      return 0;
    }
    case 'xlsx': {
      const [sub, ...args] = rest;
      const { values, positionals } = parse(args, {
        register: { type: 'string' },
        out: { type: 'string' },
        search: { type: 'string' },
        filter: { type: 'string', multiple: true },
        force: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        year: { type: 'string' },
        map: { type: 'string', multiple: true },
        'map-value': { type: 'string', multiple: true },
        'refused-out': { type: 'string' },
      });
      if (sub === 'import') return runXlsxImport(positionals, values, (work) => withApp(dataDirOf(values), work));
      await runXlsx(sub, values, (work) => withApp(dataDirOf(values), work));
      return 0;
    }
    case 'export':
    case 'import':
    case 'verify':
    case 'bundle': {
      // `waiban export --to ...`, `waiban import FILE [--dry-run]` and `waiban verify FILE` are the `bundle` commands.
      const [sub, ...args] = command === 'bundle' ? rest : [command, ...rest];
      const { values, positionals } = parse(args, {
        to: { type: 'string' },
        out: { type: 'string' },
        full: { type: 'boolean' },
        pub: { type: 'string' },
        pubkey: { type: 'string', multiple: true },
        preview: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        fingerprint: { type: 'string' },
        yes: { type: 'boolean' },
      });
      await runBundle(sub, positionals, { ...values, preview: values.preview || values['dry-run'] }, (work) =>
        withApp(dataDirOf(values), work),
      );
      return 0;
    }
    case 'conflicts': {
      const [sub, ...args] = rest;
      const { values, positionals } = parse(args, { json: { type: 'boolean' }, pick: { type: 'string' }, values: { type: 'string' } });
      await withApp(dataDirOf(values), (app) => runConflicts(app, sub, positionals, values));
      return 0;
    }
    case 'join-request': {
      const { values } = parse(rest, { out: { type: 'string' }, json: { type: 'boolean' } });
      await runJoinRequest(values, (work) => withApp(dataDirOf(values), work));
      return 0;
    }
    case 're-enrol': {
      const { values } = parse(rest, { out: { type: 'string' }, json: { type: 'boolean' } });
      await runReEnrol(values, (work) => withApp(dataDirOf(values), work));
      return 0;
    }
    case 'enrol': {
      const { values, positionals } = parse(rest, {
        out: { type: 'string' },
        fingerprint: { type: 'string' },
        departments: { type: 'string' },
        replaces: { type: 'string' },
        yes: { type: 'boolean' },
        json: { type: 'boolean' },
      });
      await runEnrol(positionals, values, (work) => withApp(dataDirOf(values), work));
      return 0;
    }
    case 'backup': {
      const [sub, ...args] = rest;
      const { values, positionals } = parse(args, {
        note: { type: 'string' },
        dir: { type: 'string' },
        json: { type: 'boolean' },
        yes: { type: 'boolean' },
        folder: { type: 'string' },
        'keep-daily': { type: 'string' },
        'keep-weekly': { type: 'string' },
        'keep-monthly': { type: 'string' },
        'import-threshold': { type: 'string' },
      });
      await runBackup(sub, positionals, values, dataDirOf(values), (work) => withApp(dataDirOf(values), work));
      return 0;
    }
    case 'repair': {
      const [sub, ...args] = rest;
      const { values } = parse(args, { yes: { type: 'boolean' }, json: { type: 'boolean' } });
      return runRepair(sub, values, dataDirOf(values));
    }
    case 'export-all': {
      const { values } = parse(rest, { out: { type: 'string' }, json: { type: 'boolean' } });
      if (!values.out) throw new UsageError('--out DIR is required');
      const out = resolve(values.out);
      await withApp(dataDirOf(values), (app) => {
        const r = exportAll(app.ctx, out);
        if (values.json) return printJson(r);
        const records = Object.values(r.records).reduce((a, b) => a + b, 0);
        say({
          zh: `已导出到 ${out}：${r.workbook}（${Object.keys(r.records).length} 个台账共 ${records} 条记录，另有文件清单），documents/ 下 ${r.documents} 个文件${r.missing ? `；${r.missing} 个文件本机没有（尚未随数据包传来）` : ''}。`,
          en: `Exported to ${out}: ${r.workbook} (${records} records in ${Object.keys(r.records).length} register sheets, and a list of documents), ${r.documents} documents in documents/${r.missing ? `; ${r.missing} documents are not held here (not yet arrived with a bundle)` : ''}.`,
        });
      });
      return 0;
    }
    case 'standards': {
      const { values } = parse(rest, {
        delegation: { type: 'string' },
        rate: { type: 'string', multiple: true },
        json: { type: 'boolean' },
      });
      return withApp(dataDirOf(values), (app) => runStandards(app, values, cliLocale()));
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

// A reader that stops early (`waiban … | head`) closes the pipe: what is left unread is dropped, and the command's own
// result decides the exit code, as for any well-behaved Unix tool.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') throw err;
});

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: unknown) => (process.exitCode = reportFailure(err)),
);
