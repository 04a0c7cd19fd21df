import { daysBetween } from '../expiry';
import { addMonths } from './trip';
import { breach, cannotCheck, loc, type Breach, type CheckEnv, type Params, type Subject } from './types';

/** Checks of an international conference the university hosts (举办国际会议, rules.md). */

const num = (p: Params, key: string) => p[key] as number;

export type ConferenceScale = { ok: true; major: boolean } | { ok: false; missing: { zh: string; en: string } };

/**
 * General or major: by the participants from abroad and in total against the discipline's thresholds;
 * UN bodies, high officials or a sensitive topic make any conference major.
 */
export function conferenceScale(s: Subject, p: Params): ConferenceScale {
  if (s.values.highLevel === true) return { ok: true, major: true };
  const discipline = s.values.discipline as string | null;
  if (!discipline) return { ok: false, missing: loc('学科类别', 'the discipline') };
  const foreign = s.values.participantsForeign as number | null;
  const total = s.values.participantsTotal as number | null;
  if (foreign === null || foreign === undefined || total === null || total === undefined)
    return { ok: false, missing: loc('预计参会人数（境外和总数）', 'the expected participants (from abroad and in total)') };
  const prefix = discipline === 'socialScience' ? 'social' : 'science';
  return { ok: true, major: foreign >= num(p, `${prefix}Foreign`) || total >= num(p, `${prefix}Total`) };
}

/** The application is due months before the opening: more for major and for in-person conferences. */
export function conferenceLeadTime(s: Subject, p: Params, env: CheckEnv): Breach[] {
  const general = loc(
    `线下/混合：一般会议提前 ${num(p, 'generalDays')} 天、重大会议 ${num(p, 'majorDays')} 天；线上 ${num(p, 'onlineGeneralDays')} / ${num(p, 'onlineMajorDays')} 天`,
    `in person / hybrid: general ${num(p, 'generalDays')}, major ${num(p, 'majorDays')} days ahead; online ${num(p, 'onlineGeneralDays')} / ${num(p, 'onlineMajorDays')}`,
  );
  const scale = conferenceScale(s, p);
  if (!scale.ok) return [cannotCheck(scale.missing, general)];
  const start = s.values.startDate as string | null;
  if (!start) return [cannotCheck(loc('开始日期', 'the start date'), general)];
  const applied = (s.values.appliedDate as string | null) ?? (s.values.status === 'planned' ? env.today : null);
  if (!applied) return [cannotCheck(loc('申报日期', 'the application date'), general)];
  const online = s.values.mode === 'online';
  const need = num(p, online ? (scale.major ? 'onlineMajorDays' : 'onlineGeneralDays') : scale.major ? 'majorDays' : 'generalDays');
  const kind = scale.major ? loc('重大', 'major') : loc('一般', 'general');
  const allowed = loc(
    `${kind.zh}${online ? '线上' : ''}会议须提前 ${need} 天申报`,
    `a ${kind.en}${online ? ' online' : ''} conference is applied for ${need} days ahead`,
  );
  const ahead = daysBetween(applied, start);
  return ahead < need
    ? [
        breach(
          loc(`${applied} 申报，距开幕 ${ahead} 天（${kind.zh}会议）`, `applied ${applied}, ${ahead} days before the opening (${kind.en})`),
          allowed,
        ),
      ]
    : [];
}

export function conferenceDays(s: Subject, p: Params): Breach[] {
  const allowed = loc(`会期不超过 ${num(p, 'max')} 天（含报到和离会）`, `at most ${num(p, 'max')} days, arrival and departure included`);
  const [start, end] = [s.values.startDate as string | null, s.values.endDate as string | null];
  if (!start || !end) return [cannotCheck(loc('会议日期', 'the conference dates'), allowed)];
  const days = daysBetween(start, end) + 1;
  return days > num(p, 'max') ? [breach(loc(`会期 ${days} 天`, `${days} days`), allowed)] : [];
}

export function conferenceTitleWords(s: Subject, p: Params): Breach[] {
  const words = p.words as string[];
  const allowed = loc(`名称不得使用：${words.join('、')}`, `no inflated names: ${words.join(', ')}`);
  const title = `${String(s.values.title ?? '')} ${String(s.values.titleEn ?? '')}`;
  const used = words.filter((w) => title.toLowerCase().includes(w.toLowerCase()));
  return used.length ? [breach(loc(`名称含“${used.join('、')}”`, `the title uses "${used.join('", "')}"`), allowed)] : [];
}

/**
 * After the conference, a written summary within N months (review of at least M characters, or the summary
 * document filed). Due once it was held; closing the file without the summary date is refused.
 */
export function conferenceSummary(s: Subject, p: Params, env: CheckEnv): Breach[] {
  const months = num(p, 'months');
  const minChars = num(p, 'minChars');
  const allowed = loc(
    `会后 ${months} 个月内提交总结（不少于 ${minChars} 字，或上传总结文件）`,
    `a summary within ${months} months (at least ${minChars} characters, or the summary document)`,
  );
  if (s.values.status !== 'held' && s.values.status !== 'closed') return [];
  const end = s.values.endDate as string | null;
  if (!end) return [cannotCheck(loc('结束日期', 'the end date'), allowed)];
  const due = addMonths(end, months);
  const submitted = s.values.summaryDate as string | null;
  if (!submitted) {
    if (env.today > due)
      return [breach(loc(`逾期：期限 ${due}，尚未登记总结提交日期`, `overdue: due ${due}, no summary date recorded`), allowed)];
    return s.values.status === 'closed' ? [breach(loc('未登记总结提交日期', 'no summary date recorded'), allowed)] : [];
  }
  if (submitted > due) return [breach(loc(`${submitted} 提交，期限 ${due}`, `submitted ${submitted}, due ${due}`), allowed)];
  const text = String(s.values.summary ?? '').replace(/\s+/g, '');
  if (!s.values.summaryFile && text.length < minChars) {
    return [
      breach(
        loc(`总结 ${text.length} 字，且未上传总结文件`, `the summary has ${text.length} characters and no document is filed`),
        allowed,
      ),
    ];
  }
  return [];
}
