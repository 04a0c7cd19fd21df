import { pick, type Locale } from '../contract';
import { findRegister } from '../core/registers';
import type { Finding } from '../core/rules/types';
import type { WaibanApp } from '../app/openApp';
import { notFound } from '../services/recordQueries';
import { isRuleSubject, recheckAll, storeFindings, subjectFindings, unknownSubject } from '../services/ruleChecks';
import { cliLocale, printJson, UsageError } from './output';

interface CheckOptions {
  register?: string;
  id?: string;
  all?: boolean;
  json?: boolean;
}

/** What the JSON report gives per finding: enough to find the rule version and act on it. */
const row = (f: Finding) => ({
  ruleId: f.ruleId,
  ruleRecord: f.ruleRecord,
  ruleVersion: f.ruleVersion,
  severity: f.severity,
  kind: f.kind,
  stage: f.stage,
  justified: f.justified,
  found: f.found,
  allowed: f.allowed,
  source: f.source,
  resolution: f.resolution,
});

const severityText = (f: Finding, locale: Locale) =>
  pick(
    f.justified ? { zh: '已说明', en: 'justified' } : f.severity === 'block' ? { zh: '阻止', en: 'block' } : { zh: '提醒', en: 'warning' },
    locale,
  );

function text(title: string, findings: Finding[], locale: Locale): string {
  if (!findings.length) return `${title}: ${pick({ zh: '符合外事规则', en: 'no findings' }, locale)}\n`;
  const lines = findings.map(
    (f) =>
      `  [${severityText(f, locale)}] ${f.ruleId} (${f.ruleRecord} @ ${f.ruleVersion}) ${pick(f.title, locale)}\n` +
      `      ${pick({ zh: '发现', en: 'found' }, locale)}: ${pick(f.found, locale)}\n` +
      `      ${pick({ zh: '规定', en: 'allowed' }, locale)}: ${pick(f.allowed, locale)}\n` +
      `      ${pick({ zh: '依据', en: 'source' }, locale)}: ${f.source}\n` +
      `      ${pick({ zh: '处理', en: 'resolve' }, locale)}: ${pick(f.resolution, locale)}\n`,
  );
  return `${title}:\n${lines.join('')}`;
}

/** `waiban check`: one subject's findings now (and stored), or every subject's. */
export function runCheck(app: WaibanApp, options: CheckOptions): void {
  const locale = cliLocale();
  if (options.all) {
    const all = recheckAll(app.ctx).filter((s) => s.findings.length);
    const titled = all.map((s) => ({ ...s, title: app.ctx.stores.get(s.register)!.title(s.id) ?? s.id }));
    if (options.json)
      return printJson({
        findings: titled.flatMap((s) => s.findings.map((f) => ({ register: s.register, id: s.id, title: s.title, ...row(f) }))),
      });
    if (!titled.length) return void process.stdout.write(`${pick({ zh: '所有事项均符合外事规则', en: 'No findings' }, locale)}\n`);
    for (const s of titled) process.stdout.write(text(`${s.register} ${s.id} ${s.title}`, s.findings, locale));
    return;
  }
  if (!options.register || !options.id) throw new UsageError('check needs --register NAME --id ID, or --all');
  // The issue names registers in the plural ("delegations"); the register itself is singular.
  const def = findRegister(options.register) ?? findRegister(options.register.replace(/s$/, ''));
  if (!def || !isRuleSubject(def.name)) throw unknownSubject(options.register);
  const store = app.ctx.stores.get(def.name)!;
  const stored = store.get(options.id);
  if (!stored || stored.deleted) throw notFound(def.name, options.id);
  const findings = subjectFindings(app.ctx, def.name, store.values(stored));
  app.ctx.sqlite.transaction(() => storeFindings(app.ctx, def.name, options.id!, findings, new Date(app.ctx.clock.now()).toISOString()))();
  const title = String(store.title(options.id) ?? options.id);
  if (options.json) return printJson({ register: def.name, id: options.id, title, findings: findings.map(row) });
  process.stdout.write(text(title, findings, locale));
}
