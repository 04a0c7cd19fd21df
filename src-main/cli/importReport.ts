import type { ImportReport } from '../services/bundle/importBundle';
import { say } from './output';
import { registerLabel as named } from './registerLabel';

/** The import report (or preview) as sentences: what came in, what clashed, what is still missing. */
export function sayImportReport(r: ImportReport): void {
  const perRegister = Object.entries(r.perRegister);
  const registers = {
    zh: perRegister.map(([name, n]) => `${named(name).zh} ${n}`).join('，') || '-',
    en: perRegister.map(([name, n]) => `${named(name).en} ${n}`).join(', ') || '-',
  };
  const head = r.preview ? { zh: `预览（未写入）：`, en: 'Preview (nothing written): ' } : { zh: '已导入：', en: 'Imported: ' };
  say({
    zh: `${head.zh}“${r.signer}”签名的第 ${r.sequence} 号数据包（${r.created}）；新变更 ${r.newChanges} 条（${registers.zh}），涉及记录 ${r.recordsTouched} 条，冲突 ${r.conflicts.length} 处。`,
    en: `${head.en}bundle ${r.sequence} signed by "${r.signer}" (${r.created}); ${r.newChanges} new changes (${registers.en}), ${r.recordsTouched} records touched, ${r.conflicts.length} conflicts.`,
  });
  if (r.enrolment) {
    say({
      zh: `  ${r.preview ? '将' : '已'}登记：外事办密钥${r.preview ? '将被' : '已'}固定，名册第 ${r.rosterVersion} 版；此后的数据包都按名册验证。`,
      en: `  enrolment: the office key ${r.preview ? 'would be' : 'is now'} pinned, roster version ${r.rosterVersion}; bundles are verified against the roster from now on.`,
    });
  }
  for (const c of r.conflicts) {
    say({
      zh: `  冲突：${named(c.register).zh} ${c.recordId}（各版本均已保留，请用 waiban conflicts list 查看并处理）`,
      en: `  conflict: ${named(c.register).en} ${c.recordId} (every version kept; see waiban conflicts list to resolve it)`,
    });
  }
  for (const g of r.gaps) {
    say({
      zh: `  缺口：${g.author} 缺少序号 ${g.missing.join(', ') || '-'}，${g.awaitingParents} 条变更的前序变更尚未收到——还有更早的数据包未导入。`,
      en: `  gap: ${g.author} is missing sequence numbers ${g.missing.join(', ') || '-'}; ${g.awaitingParents} changes await earlier changes — an earlier bundle has not been imported.`,
    });
  }
  if (r.clockWarnings) {
    say({
      zh: `  时钟警告：${r.clockWarnings} 条变更的时间比本机快一天以上，已保留，但本机时钟未随之调整。`,
      en: `  clock warning: ${r.clockWarnings} changes are stamped over a day ahead of this computer; kept, but this clock was not moved forward.`,
    });
  }
}
