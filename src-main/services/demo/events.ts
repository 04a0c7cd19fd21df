import { v7 as uuidv7 } from 'uuid';
import type { FieldValue, TableRow } from '../../contract';
import { addDays } from '../../core/expiry';
import { pickOne, pickWeighted, randomInt } from '../../core/random';
import { conferenceStatuses } from '../../core/registers/conference';
import type { NewRecord } from '../changeWriter';
import type { ExchangeSources } from './exchange';
import { checklistUpTo } from './stageChecklist';

type Rand = () => number;

/**
 * Conference themes by host department, with the brand series a theme belongs to. Titles keep to the rules:
 * Chinese, and none of the inflated names (峰会, 高峰论坛, 国际论坛, 首届...).
 */
const conferenceThemes: [department: string, title: string, titleEn: string, series: string | null][] = [
  ['LRH', '劳动关系国际学术研讨会', 'International Symposium on Labour Relations', '劳动关系国际学术研讨会'],
  ['LRH', '数字经济与劳动关系国际学术研讨会', 'Symposium on the Digital Economy and Labour Relations', null],
  ['TUS', '工会与社会对话国际学术研讨会', 'Symposium on Trade Unions and Social Dialogue', '工会理论国际学术研讨会'],
  ['LAW', '劳动法治国际学术讲坛', 'Lecture Series on Labour Law', '劳动法治国际学术讲坛'],
  ['LAW', '体面劳动与社会保障法国际研讨会', 'Workshop on Decent Work and Social Security Law', null],
  ['SAF', '安全生产与职业健康国际学术研讨会', 'Symposium on Work Safety and Occupational Health', null],
  ['SWK', '社会工作与社区治理国际研讨会', 'Workshop on Social Work and Community Governance', null],
  ['ECM', '共享发展与收入分配国际学术研讨会', 'Symposium on Shared Development and Income Distribution', null],
  ['CUL', '劳动文化与跨文化传播国际学术研讨会', 'Symposium on Labour Culture and Intercultural Communication', null],
  ['RES', '国际劳工标准与中国实践学术研讨会', 'Symposium on International Labour Standards and Chinese Practice', null],
];

const ordinal = ['', '', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Where a conference stands on `today`, from its dates: applied for months ahead, summarised within two months after. */
function conferenceStatus(rand: Rand, start: string, end: string, today: string): string {
  if (rand() < 0.05) return 'cancelled';
  if (start > today) {
    const ahead = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - (Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)));
    return ahead > 5 ? 'planned' : ahead > 3 ? 'applied' : 'approved';
  }
  if (end >= today) return 'approved';
  return addDays(end, 60) < today || rand() < 0.4 ? 'closed' : 'held';
}

/** The conference checklist with what the status needs done: approval on file, the summary once closed. */
const conferenceChecklist = (rand: Rand, s: ExchangeSources, status: string, start: string, summarised: string | null): TableRow[] =>
  checklistUpTo(rand, s.checklists.conference, {
    order: conferenceStatuses.map((o) => o.value),
    // A cancelled conference had been applied for, no further.
    reached: status === 'cancelled' ? 'applied' : status,
    dateOf: (key) => (key === 'summary' && summarised ? summarised : addDays(start, -randomInt(rand, 70, 120))),
    evidence: s.evidence.conferenceApproval!,
    reviewers: s.reviewers,
  });

/**
 * A few conferences a year since the plan began, hosted by the schools (target T7): a brand series
 * comes back with its number; the pandemic years are online or hybrid. Attendance and the summary are
 * filled in as far as the status asks; this year's are charged to their department's allocation when it
 * has one.
 */
export function demoConferences(rand: Rand, s: ExchangeSources, blank: Record<string, FieldValue>): NewRecord[] {
  const held = new Map<string, number>();
  const out: NewRecord[] = [];
  for (let year = 2016; year <= s.year + 1; year++) {
    // Different themes within a year: a series meets once a year at most.
    const themes = conferenceThemes.filter(() => rand() < 0.35).slice(0, 4);
    for (const [department, theme, themeEn, series] of themes) {
      const edition = series ? (held.get(series) ?? 0) + 1 : 0;
      if (series) held.set(series, edition);
      const start = `${year}-${String(randomInt(rand, 4, 11)).padStart(2, '0')}-${String(randomInt(rand, 10, 26)).padStart(2, '0')}`;
      const end = addDays(start, randomInt(rand, 0, 2));
      const status = conferenceStatus(rand, start, end, s.today);
      const written = addDays(end, randomInt(rand, 20, 55));
      const summarised = status !== 'closed' ? null : written < s.today ? written : s.today;
      const after = status === 'held' || status === 'closed';
      const total = randomInt(rand, 60, 260);
      const foreign = Math.max(3, Math.round(total * (0.1 + rand() * 0.25)));
      const allocation = year === s.year ? s.allocations.find((a) => a.department === department) : undefined;
      const mode =
        year >= 2020 && year <= 2022
          ? pickOne(rand, ['online', 'hybrid'])
          : pickWeighted(rand, [
              ['offline', 8],
              ['hybrid', 2],
            ] as const);
      const values = {
        ...blank,
        title: edition > 1 ? `第${ordinal[edition] ?? edition}届${theme}` : theme,
        titleEn: themeEn,
        kind: theme.endsWith('讲坛') ? 'lectureForum' : theme.endsWith('研讨会') && !theme.includes('学术') ? 'workshop' : 'conference',
        department,
        role: pickWeighted(rand, [
          ['host', 6],
          ['organiser', 2],
          ['coHost', 2],
        ] as const),
        partner: rand() < 0.5 && s.universities.length ? pickOne(rand, s.universities).id : null,
        mode,
        // A labour-relations school's conferences are social science; applied for five months ahead.
        discipline: 'socialScience',
        appliedDate: status === 'planned' ? null : addDays(start, -150),
        startDate: start,
        endDate: end,
        place: mode === 'online' ? '线上' : '北京·中国劳动关系学院',
        status,
        participantsTotal: after ? total : null,
        participantsForeign: after ? foreign : null,
        countryCount: after ? randomInt(rand, 3, Math.min(foreign, 18)) : null,
        brandSeries: series,
        allocation: allocation?.id ?? null,
        budgetEstimate: allocation ? randomInt(rand, 8, 30) * 1_000_000 : null,
        checklist: conferenceChecklist(rand, s, status, start, summarised),
        summary:
          status === 'closed'
            ? `会议于${start}在${mode === 'online' ? '线上' : '我校'}举行，参会${total}人，其中境外代表${foreign}人。会议围绕主题开展了主旨报告和分论坛研讨，形成了会议综述和论文集。`
            : null,
        summaryDate: summarised,
      };
      out.push({ recordId: uuidv7(), department, data: values });
    }
  }
  return out;
}

/** Trainee countries of aid and trade-union trainings: Africa, Asia, Latin America and Eastern Europe. */
const traineeCountries = [
  'ET',
  'KE',
  'TZ',
  'NG',
  'ZA',
  'EG',
  'PK',
  'LK',
  'NP',
  'MN',
  'KZ',
  'VN',
  'ID',
  'PH',
  'TH',
  'MY',
  'CU',
  'PE',
  'BR',
  'AR',
  'CL',
  'MX',
  'RS',
  'BY',
];

const trainingPlan: [title: string, funder: string, funderName: string | null, audience: string][] = [
  ['发展中国家工会干部研修班', 'mofcom', null, 'tradeUnionCadres'],
  ['“一带一路”国家工会领导人研修班', 'acftu', null, 'tradeUnionCadres'],
  ['发展中国家劳动保障政策官员研修班', 'mofcom', null, 'officials'],
  ['社会对话与集体协商能力建设培训班', 'internationalOrganisation', '国际劳工组织', 'tradeUnionCadres'],
  ['国际非政府组织劳工事务人员培训班', 'university', null, 'ngoStaff'],
];

/**
 * International trainings from 2018, when the plan had them running (target T13): one to three a year,
 * most at the Trade Union Cadre Training College, for two to four weeks.
 */
export function demoTrainings(rand: Rand, s: ExchangeSources, blank: Record<string, FieldValue>): NewRecord[] {
  const out: NewRecord[] = [];
  for (let year = 2018; year <= s.year; year++) {
    for (let n = randomInt(rand, 1, 3); n > 0; n--) {
      const [title, funder, funderName, audience] = pickOne(rand, trainingPlan);
      const start = `${year}-${String(randomInt(rand, 3, 11)).padStart(2, '0')}-${String(randomInt(rand, 1, 15)).padStart(2, '0')}`;
      const end = addDays(start, randomInt(rand, 13, 27));
      const status =
        rand() < 0.05 ? 'cancelled' : start > s.today ? (rand() < 0.5 ? 'planned' : 'approved') : end >= s.today ? 'running' : 'completed';
      const trainees = randomInt(rand, 18, 40);
      const countries = traineeCountries.filter(() => rand() < 0.3).slice(0, randomInt(rand, 4, 12));
      const department = rand() < 0.8 ? 'TUC' : 'TUS';
      out.push({
        recordId: uuidv7(),
        department,
        data: {
          ...blank,
          title: `${year}年${title}`,
          department,
          funder,
          funderName,
          audience,
          startDate: start,
          endDate: end,
          place: '北京',
          trainees: status === 'planned' || status === 'cancelled' ? null : trainees,
          countries: countries.length ? countries : null,
          status,
        },
      });
    }
  }
  return out;
}
