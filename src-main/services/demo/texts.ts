import { pickOne } from '../../core/random';

/**
 * The words of a demo delegation, as the office writes them: titles in the style of its approval lists
 * ("王伟等3人赴英国、德国参加…"), and short trip reports.
 */

export interface TitleParts {
  direction: string;
  purpose: string;
  leaderName: string;
  leaderPosition: string;
  size: number;
  departmentName: string;
  partnerName: string | null;
  /** Visited countries in Chinese, joined with 、 */
  countries: string;
  conference: string;
  topic: string;
}

const group = (p: TitleParts) => (p.size > 1 ? `${p.leaderName}等${p.size}人` : p.leaderName);
/** The office title of a position that carries one (院长, 处长, 主任); otherwise the academic title. */
const office = (position: string) => position.split('、').pop()!;

export function delegationTitle(p: TitleParts): string {
  const where = p.partnerName ?? p.countries;
  if (p.direction === 'inbound') {
    switch (p.purpose) {
      case 'negotiation':
        return `${where}代表团来访商谈合作`;
      case 'leadershipVisit':
        return `${where}${office(p.leaderPosition)}${p.leaderName}一行来访`;
      case 'conference':
        return `${where}${p.leaderName}${p.leaderPosition}来校出席国际学术讲坛`;
      case 'training':
        return `${where}${p.leaderName}${p.leaderPosition}来校讲学`;
      case 'studentProgram':
        return `${where}学生团来校参加短期交流项目`;
      default:
        return `${where}${p.leaderName}一行来访`;
    }
  }
  switch (p.purpose) {
    case 'conference':
      return `${group(p)}赴${p.countries}参加${p.conference}`;
    case 'training':
      return `${group(p)}赴${where}短期研修`;
    case 'negotiation':
      return `${p.departmentName}代表团赴${where}商谈合作`;
    case 'studentProgram':
      return `${p.departmentName}学生团赴${where}参加暑期交流项目`;
    case 'leadershipVisit':
      return `${p.departmentName}${office(p.leaderPosition)}${p.leaderName}率团访问${p.countries}`;
    case 'inspection':
      return `${p.departmentName}赴${p.countries}考察${p.topic}`;
    default:
      return `${group(p)}赴${where}出席合作院校校庆活动`;
  }
}

const outboundActivities: Record<string, string> = {
  conference: '代表团在大会上作分组报告，与多国学者就劳动关系与社会治理议题深入交流',
  training: '参加对方组织的专题研修，听取课程并开展座谈，收集了相关教学资料',
  negotiation: '与对方就学生交换、教师互访和联合研究等事项进行会谈，达成合作意向',
  studentProgram: '学生参加课程学习、企业参访和文化交流活动，全体成员按期返回',
  leadershipVisit: '代表团会见对方校领导，回顾合作进展，商定下一阶段合作重点',
  inspection: '实地考察相关机构的培训体系和运行机制，形成考察报告',
  other: '出席相关活动并与合作方开展交流',
};

const inboundActivities: Record<string, string> = {
  negotiation: '我校校领导会见来宾，双方就学生交换和联合研究进行了会谈',
  leadershipVisit: '我校校领导会见来宾，双方回顾合作进展并商定下一步合作',
  conference: '来宾在国际学术讲坛作主旨报告，与我校师生座谈交流',
  training: '来宾为我校师生开设系列讲座，反响良好',
  studentProgram: '来访学生参加中文课程、文化体验和企业参访活动',
  other: '来宾参观校园并与相关学院座谈',
};

const followUps = ['后续将推动签署合作协议。', '相关成果将用于课程建设。', '建议继续保持定期互访。', '会议及交流资料已整理归档。'];

const chineseDate = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

export function tripReport(rand: () => number, direction: string, purpose: string, title: string, depart: string, back: string): string {
  const activity = (direction === 'inbound' ? inboundActivities : outboundActivities)[purpose] ?? outboundActivities.other!;
  return `${chineseDate(depart)}至${chineseDate(back)}，${title}。${activity}。${pickOne(rand, followUps)}`;
}
