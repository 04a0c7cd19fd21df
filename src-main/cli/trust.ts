import { existsSync } from 'node:fs';
import { AppError } from '../contract';
import type { WaibanApp } from '../app/openApp';
import { enrol } from '../services/trust/enrol';
import { writeJoinRequest } from '../services/trust/joinRequest';
import { reEnrol } from '../services/trust/reEnrolment';
import type { JoinRequestDto } from '../contract';
import { decisionOf } from './confirm';
import { printJson, say, UsageError } from './output';
import { unlockForSigning } from './passphrase';

type WithApp = <T>(work: (app: WaibanApp) => Promise<T>) => Promise<T>;

/** `waiban join-request --out FILE`: on a new laptop, what to carry to the office, and the fingerprint to read aloud. */
export async function runJoinRequest(o: { out?: string; json?: boolean }, withApp: WithApp): Promise<void> {
  if (!o.out) throw new UsageError('--out FILE is required');
  const out = o.out;
  await withApp(async (app) => {
    await unlockForSigning(app.ctx);
    const r = await writeJoinRequest(app.ctx, out);
    if (o.json) return printJson(r);
    say({
      zh: `已写入入网申请 ${out}：${r.name}（${r.role}：${r.departments.join('、') || '-'}）。\n请把文件交给外事办，并当面或电话念出本机密钥指纹：\n    ${r.fingerprint}`,
      en: `Join request written to ${out}: ${r.name} (${r.role}: ${r.departments.join(', ') || '-'}).\nTake the file to the office and read out this installation's key fingerprint:\n    ${r.fingerprint}`,
    });
  });
}

/**
 * `waiban re-enrol --out FILE`: a laptop whose identity forked (restored from an older copy, it wrote before importing)
 * takes a new identity for its data and writes the replacement request, signed by the old key and the new one.
 */
export async function runReEnrol(o: { out?: string; json?: boolean }, withApp: WithApp): Promise<void> {
  if (!o.out) throw new UsageError('--out FILE is required');
  const out = o.out;
  await withApp(async (app) => {
    await unlockForSigning(app.ctx);
    const r = await reEnrol(app.ctx, out);
    if (o.json) return printJson(r);
    const was = r.replaces!;
    say({
      zh: `本机已换用新身份 ${r.id}（数据全部保留），替代原身份“${was.name}”（${was.id}）。替代申请已写入 ${out}。
请交给外事办批准（waiban enrol ${out} --replaces ${was.id}），并念出本机新的密钥指纹：
    ${r.fingerprint}
然后导入外事办生成的登记数据包：外事办未收到的记录将以新身份重新发送。`,
      en: `This computer now has a new identity ${r.id} (all its data kept), replacing "${was.name}" (${was.id}). Replacement request written to ${out}.
Take it to the office to approve (\`waiban enrol ${out} --replaces ${was.id}\`), reading out this computer's new key fingerprint:
    ${r.fingerprint}
Then import the enrolment bundle the office writes: the records the office never received are sent again under the new identity.`,
    });
  });
}

const replacementLine = (r: JoinRequestDto) =>
  r.replaces
    ? {
        zh: `\n它替代已分叉的安装“${r.replaces.name ?? r.replaces.id}”（${r.replaces.id}，指纹 ${r.replaces.fingerprint ?? '-'}）：原身份已吊销，已收到的数据保留。`,
        en: `\nIt replaces the forked installation "${r.replaces.name ?? r.replaces.id}" (${r.replaces.id}, fingerprint ${r.replaces.fingerprint ?? '-'}): the old identity is revoked; what was received stays.`,
      }
    : { zh: '', en: '' };

/** `waiban enrol FILE --out FILE`: the office approves a join request after the fingerprints are compared. */
export async function runEnrol(
  positionals: string[],
  o: { out?: string; fingerprint?: string; departments?: string; replaces?: string; yes?: boolean; json?: boolean },
  withApp: WithApp,
): Promise<void> {
  if (positionals.length !== 1) throw new UsageError('expected one join request FILE');
  if (!o.out) throw new UsageError('--out FILE.waiban is required (the enrolment bundle to take back to the laptop)');
  const file = positionals[0]!;
  const out = o.out;
  if (!existsSync(file)) throw new AppError('NOT_FOUND', { zh: `找不到文件：${file}`, en: `No such file: ${file}` });
  await withApp(async (app) => {
    await unlockForSigning(app.ctx);
    const approved = o.departments
      ?.split(',')
      .map((d) => d.trim())
      .filter(Boolean);
    const r = await enrol(app.ctx, file, decisionOf(o), out, approved, o.replaces);
    if (o.json) return printJson(r);
    const who = `${r.request.name}（${r.request.role}：${r.departments.join('、') || '-'}）`;
    const replacing = replacementLine(r.request);
    say(
      r.added
        ? {
            zh: `已批准 ${who} 加入名册（第 ${r.rosterVersion} 版），登记数据包已写入 ${out}。${replacing.zh}\n请交给对方导入：waiban import ${out}，并核对外事办密钥指纹：\n    ${app.ctx.self.fingerprint}`,
            en: `Approved ${r.request.name} (${r.request.role}: ${r.departments.join(', ') || '-'}) into the roster (version ${r.rosterVersion}); enrolment bundle written to ${out}.${replacing.en}\nHand it over to import with \`waiban import ${out}\`, comparing the office key fingerprint:\n    ${app.ctx.self.fingerprint}`,
          }
        : {
            zh: `${who} 已在名册中（第 ${r.rosterVersion} 版），登记数据包已重新写入 ${out}。`,
            en: `${r.request.name} is already in the roster (version ${r.rosterVersion}); the enrolment bundle was written again to ${out}.`,
          },
    );
  });
}
