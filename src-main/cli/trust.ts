import { existsSync } from 'node:fs';
import { AppError } from '../contract';
import type { WaibanApp } from '../app/openApp';
import { enrol } from '../services/trust/enrol';
import { writeJoinRequest } from '../services/trust/joinRequest';
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

/** `waiban enrol FILE --out FILE`: the office approves a join request after the fingerprints are compared. */
export async function runEnrol(
  positionals: string[],
  o: { out?: string; fingerprint?: string; departments?: string; yes?: boolean; json?: boolean },
  withApp: WithApp,
): Promise<void> {
  if (positionals.length !== 1) throw new UsageError('expected one join request FILE');
  if (!o.out) throw new UsageError('--out FILE.waiban is required (the enrolment bundle to take back to the laptop)');
  const file = positionals[0]!;
  const out = o.out;
  if (!existsSync(file)) throw new AppError('NOT_FOUND', { zh: `找不到文件：${file}`, en: `No such file: ${file}` });
  await withApp(async (app) => {
    await unlockForSigning(app.ctx);
    const approved = o.departments?.split(',').map((d) => d.trim()).filter(Boolean);
    const r = await enrol(app.ctx, file, decisionOf(o), out, approved);
    if (o.json) return printJson(r);
    const who = `${r.request.name}（${r.request.role}：${r.departments.join('、') || '-'}）`;
    say(
      r.added
        ? {
            zh: `已批准 ${who} 加入名册（第 ${r.rosterVersion} 版），登记数据包已写入 ${out}。\n请交给对方导入：waiban import ${out}，并核对外事办密钥指纹：\n    ${app.ctx.self.fingerprint}`,
            en: `Approved ${r.request.name} (${r.request.role}: ${r.departments.join(', ') || '-'}) into the roster (version ${r.rosterVersion}); enrolment bundle written to ${out}.\nHand it over to import with \`waiban import ${out}\`, comparing the office key fingerprint:\n    ${app.ctx.self.fingerprint}`,
          }
        : {
            zh: `${who} 已在名册中（第 ${r.rosterVersion} 版），登记数据包已重新写入 ${out}。`,
            en: `${r.request.name} is already in the roster (version ${r.rosterVersion}); the enrolment bundle was written again to ${out}.`,
          },
    );
  });
}
