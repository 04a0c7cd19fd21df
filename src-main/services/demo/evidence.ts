import type { FileRef } from '../../contract';
import type { ServiceContext } from '../context';
import { storeBytes } from '../files';

/**
 * One sample document per kind of evidence, stored once in the data folder: the demo's checklists and
 * reports point at real files (so opening one works) and, stored by hash, thousands of records share them.
 */
const samples: Record<string, [name: string, text: string]> = {
  invitation: ['对口邀请函（示例）.txt', '邀请函\n\n兹邀请贵校代表团来访，就合作事宜进行交流。邀请方承担在访期间的会务安排。'],
  politicalReview: [
    '政审及备案表（示例）.txt',
    '因公出国（境）人员政审及备案表\n\n本人是否具有外国国籍或境外永久居留权：否。\n所在单位意见：同意。',
  ],
  taskApproval: ['出国任务批件（示例）.txt', '出国任务批件\n\n经审核，同意该团组按批准的国家、天数和人数执行出访任务。'],
  briefing: ['行前教育及保密承诺书（示例）.txt', '行前外事纪律教育记录及保密承诺书\n\n本人已参加行前教育，承诺遵守外事纪律和保密规定。'],
  receptionPlan: ['接待方案（示例）.txt', '外宾接待方案\n\n来访人数、在校天数、日程安排、经费来源及预算详见附表。'],
  visaInvitation: ['签证邀请函（示例）.txt', '签证通知函\n\n兹邀请下列外宾来华进行学术交流，在华期间费用由我校承担。'],
  tripReport: ['出访报告（示例）.txt', '出访报告\n\n一、出访概况\n二、主要活动及成果\n三、后续合作建议'],
};

export type DemoEvidence = Record<string, FileRef>;

/** Writes (or finds) the sample files and returns their references by checklist item key. */
export function demoEvidence(ctx: ServiceContext): DemoEvidence {
  const refs: DemoEvidence = {};
  for (const [key, [name, text]] of Object.entries(samples)) {
    const note = '\n\n（本文件由 waiban demo 生成，仅供演示。）\n';
    refs[key] = storeBytes(ctx, name, Buffer.from(text + note, 'utf8'));
  }
  return refs;
}
