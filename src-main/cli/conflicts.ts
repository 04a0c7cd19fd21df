import type { WaibanApp } from '../app/openApp';
import { getConflict, listConflicts, resolveConflict } from '../services/conflicts';
import { printJson, say, UsageError } from './output';
import { registerLabel } from './registerLabel';

interface ConflictOptions {
  json?: boolean;
  pick?: string;
  values?: string;
}

/** `conflicts list` and `conflicts resolve REGISTER ID --pick CHANGE_ID | --values JSON`, on the same service as the Conflicts page. */
export function runConflicts(app: WaibanApp, sub: string | undefined, positionals: string[], o: ConflictOptions): void {
  switch (sub) {
    case 'list': {
      const all = listConflicts(app.ctx);
      if (o.json) return printJson(all.map((c) => ({ ...c, versions: getConflict(app.ctx, c).versions })));
      if (all.length === 0) return say({ zh: '没有待解决的冲突。', en: 'No conflicts to resolve.' });
      for (const c of all) {
        const versions = getConflict(app.ctx, c)
          .versions.map((v) => `${v.changeId} ${v.op} ${v.author.name} ${v.at}`)
          .join('\n    ');
        say({
          zh: `${registerLabel(c.register).zh} ${c.id} “${c.title}”（${c.department}），${c.versions} 个版本：\n    ${versions}`,
          en: `${registerLabel(c.register).en} ${c.id} "${c.title}" (${c.department}), ${c.versions} versions:\n    ${versions}`,
        });
      }
      return;
    }
    case 'resolve': {
      if (positionals.length !== 2) throw new UsageError('expected REGISTER ID');
      if ((o.pick === undefined) === (o.values === undefined))
        throw new UsageError('give exactly one of --pick CHANGE_ID or --values JSON');
      let values: Record<string, unknown> | undefined;
      if (o.values !== undefined) {
        try {
          values = JSON.parse(o.values) as Record<string, unknown>;
        } catch {
          throw new UsageError('--values must be a JSON object of field values');
        }
        if (typeof values !== 'object' || values === null || Array.isArray(values))
          throw new UsageError('--values must be a JSON object of field values');
      }
      const [register, id] = positionals as [string, string];
      const r = resolveConflict(app.ctx, app.writer, { register, id, pick: o.pick, values });
      if (o.json) return printJson(r);
      return say({
        zh: `已解决：${registerLabel(register).zh} ${id}${r.meta.deleted ? '（保留删除）' : ''}。导出数据包后，对方导入即同步。`,
        en: `Resolved: ${registerLabel(register).en} ${id}${r.meta.deleted ? ' (deletion kept)' : ''}. Export a bundle; the other side's import carries the resolution.`,
      });
    }
    default:
      throw new UsageError(sub ? `unknown conflicts command "${sub}"` : 'conflicts needs a command: list or resolve');
  }
}
