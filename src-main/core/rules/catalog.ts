import type { EnumOption, Localized } from '../../contract';
import { nationalityOptions, regionNamed } from '../countries';
import { conferenceDays, conferenceLeadTime, conferenceSummary, conferenceTitleWords } from './conference';
import { expertLeadTime, residencePermit } from './expert';
import * as trip from './trip';
import { loc, type Breach, type CheckEnv, type Params, type RuleSubject, type Subject } from './types';
import { visitLeadTime } from './visit';

/**
 * A parameter's kind: a whole number of days/people/countries, a list of country codes, a list of regions or
 * sub-regions (assets/countries.json: by id, Chinese or English name), or a list of words.
 */
export type ParamKind = 'number' | 'countries' | 'regions' | 'words';

export interface ParamSpec {
  key: string;
  kind: ParamKind;
  label: Localized;
  /** A list that may be left out (the office's exceptions); every other parameter is required. */
  optional?: boolean;
}

/**
 * A rule the software knows how to check. The office keeps its versions (parameters, severity, dates,
 * source) as data; the check, the subject and the status it guards are code, named here.
 */
export interface RuleKind {
  id: string;
  subject: RuleSubject;
  /** A blocking finding refuses moves to this status and those after it (documented per rule below). */
  stage: string;
  params: ParamSpec[];
  /** How to put it right by changing the subject. */
  change: Localized;
  check: (s: Subject, p: Params, env: CheckEnv) => Breach[];
  /** Parameters of a version written in an earlier shape, read in today's (a shipped version the office has not yet replaced). */
  earlierShape?: (raw: Record<string, string>) => Record<string, string>;
}

const n = (key: string, zh: string, en: string): ParamSpec => ({ key, kind: 'number', label: loc(zh, en) });
const c = (key: string, zh: string, en: string): ParamSpec => ({ key, kind: 'countries', label: loc(zh, en) });
const w = (key: string, zh: string, en: string): ParamSpec => ({ key, kind: 'words', label: loc(zh, en) });
const r = (key: string, zh: string, en: string): ParamSpec => ({ key, kind: 'regions', label: loc(zh, en), optional: true });
const exceptions = (key: string, zh: string, en: string): ParamSpec => ({ ...c(key, zh, en), optional: true });

/**
 * Stages: what a trip may not be approved with (countries, days, group, leadership, notice, passport
 * validity) blocks "approved"; lead times and plan linkage are due at submission; what is due after the
 * return (passports, disclosure, report) blocks closing the file; conference rules block the application;
 * the summary blocks closing a conference's file; the residence permit blocks "in post"; the expert's lead
 * time is due at approval.
 */
export const ruleKinds: RuleKind[] = [
  {
    id: 'trip.maxCountries',
    subject: 'outboundDelegation',
    stage: 'approved',
    params: [n('max', '国家数上限', 'Most countries')],
    change: loc('减少出访国家（经停出机场也计入）', 'visit fewer countries (transit stops that leave the airport count)'),
    check: trip.maxCountries,
  },
  {
    id: 'trip.maxDays',
    subject: 'outboundDelegation',
    stage: 'approved',
    params: [
      n('days1', '1国天数', 'Days, 1 country'),
      n('days2', '2国天数', 'Days, 2 countries'),
      n('days3', '3国天数', 'Days, 3 countries'),
      n('extraDays', '特定地区加天数', 'Extra days for listed regions'),
      r(
        'extraRegions',
        '可加天数的地区（拉丁美洲和加勒比、非洲等）',
        'Regions with extra days (Latin America and the Caribbean, Africa...)',
      ),
      exceptions('extraCountries', '另可加天数的国家', 'Other countries with extra days'),
      exceptions('noExtraCountries', '不加天数的国家（地区内例外）', 'Countries of those regions without extra days'),
    ],
    change: loc('缩短在外天数（按出入境日期计）', 'shorten the trip (counted at the border)'),
    check: trip.maxDays,
    earlierShape: trip.extraDaysByCountry,
  },
  {
    id: 'trip.groupSize',
    subject: 'outboundDelegation',
    stage: 'approved',
    params: [n('max', '人数上限', 'Most people')],
    change: loc('减少团组人数（不得拆团）', 'reduce the group (no split groups)'),
    check: trip.groupSize,
  },
  {
    id: 'trip.leadership',
    subject: 'outboundDelegation',
    stage: 'approved',
    params: [n('max', '同单位班子成员上限', 'Most leadership members of one unit')],
    change: loc('同一单位领导班子成员分团出访', "send one unit's leadership members in different groups"),
    check: trip.leadershipTogether,
  },
  {
    id: 'trip.publicNotice',
    subject: 'outboundDelegation',
    stage: 'approved',
    params: [n('workingDays', '公示工作日', 'Notice, working days')],
    change: loc('公示满期后再批准，并登记公示开始日期', 'approve after the full notice period, with the notice start date recorded'),
    check: trip.publicNotice,
  },
  {
    id: 'trip.passportValidity',
    subject: 'outboundDelegation',
    stage: 'approved',
    params: [n('months', '回国后有效月数', 'Months valid after return')],
    change: loc('换发护照，或在人员库登记护照有效期', 'renew the passport, or record its expiry in People'),
    check: trip.passportValidity,
  },
  {
    id: 'trip.leadTime',
    subject: 'outboundDelegation',
    stage: 'submitted',
    params: [
      n('days', '一般提前天数', 'Days ahead, general'),
      n('schengenDays', '申根国家提前天数', 'Days ahead, Schengen'),
      c('schengen', '申根国家', 'Schengen countries'),
      n('farDays', '美国/南美提前天数', 'Days ahead, US / South America'),
      c('farCountries', '美国/南美国家', 'US / South American countries'),
      n('multiCountryDays', '多国提前天数', 'Days ahead, several countries'),
    ],
    change: loc('推迟出发日期，或尽早申报', 'depart later, or submit earlier'),
    check: trip.leadTime,
  },
  {
    id: 'trip.annualPlan',
    subject: 'outboundDelegation',
    stage: 'submitted',
    params: [],
    change: loc('关联年度计划条目，或填写计划外出访理由', 'link the annual plan line, or give the reason for an unplanned trip'),
    check: trip.annualPlan,
  },
  {
    id: 'trip.passportReturn',
    subject: 'outboundDelegation',
    stage: 'closed',
    params: [n('days', '交回天数', 'Days to return')],
    change: loc('交回护照并登记交回日期', 'hand the passports back and record the date'),
    check: trip.passportReturn,
  },
  {
    id: 'trip.disclosure',
    subject: 'outboundDelegation',
    stage: 'closed',
    params: [n('months', '公开期限（月）', 'Months to disclose')],
    change: loc('公开出访信息并登记公开日期', 'publish the trip information and record the date'),
    check: trip.disclosure,
  },
  {
    id: 'trip.report',
    subject: 'outboundDelegation',
    stage: 'closed',
    params: [n('workingDays', '报告期限（工作日）', 'Working days to report')],
    change: loc('提交出访报告并登记归档日期', 'file the trip report and record the date'),
    check: trip.tripReport,
  },
  {
    id: 'visit.leadTime',
    subject: 'inboundDelegation',
    stage: 'approved',
    params: [n('days', '一般提前天数', 'Days ahead'), n('officialDays', '官员来访提前天数', 'Days ahead, officials')],
    change: loc('推迟来访日期，或尽早申报', 'move the visit later, or apply earlier'),
    check: visitLeadTime,
  },
  {
    id: 'conference.leadTime',
    subject: 'conference',
    stage: 'applied',
    params: [
      n('socialForeign', '社科：境外人数阈值', 'Social science: from abroad'),
      n('socialTotal', '社科：总人数阈值', 'Social science: total'),
      n('scienceForeign', '自科：境外人数阈值', 'Natural science: from abroad'),
      n('scienceTotal', '自科：总人数阈值', 'Natural science: total'),
      n('generalDays', '一般会议提前天数', 'Days ahead, general'),
      n('majorDays', '重大会议提前天数', 'Days ahead, major'),
      n('onlineGeneralDays', '线上一般会议提前天数', 'Days ahead, online general'),
      n('onlineMajorDays', '线上重大会议提前天数', 'Days ahead, online major'),
    ],
    change: loc('推迟会议日期，或尽早申报', 'hold it later, or apply earlier'),
    check: conferenceLeadTime,
  },
  {
    id: 'conference.maxDays',
    subject: 'conference',
    stage: 'applied',
    params: [n('max', '会期上限（天）', 'Most days')],
    change: loc('缩短会期', 'shorten the conference'),
    check: conferenceDays,
  },
  {
    id: 'conference.titleWords',
    subject: 'conference',
    stage: 'applied',
    params: [w('words', '禁用词', 'Words not allowed')],
    change: loc('修改会议名称', 'rename the conference'),
    check: conferenceTitleWords,
  },
  {
    id: 'conference.summary',
    subject: 'conference',
    stage: 'closed',
    params: [n('months', '总结期限（月）', 'Months to summarise'), n('minChars', '总结最少字数', 'Fewest characters')],
    change: loc('提交会议总结（或上传总结文件）并登记提交日期', 'file the summary (or its document) and record the date'),
    check: conferenceSummary,
  },
  {
    id: 'expert.leadTime',
    subject: 'expert',
    stage: 'approved',
    params: [n('days', '提前申请天数', 'Days ahead')],
    change: loc('推迟合同开始日期，或加快办理', 'start the contract later, or hurry the application'),
    check: expertLeadTime,
  },
  {
    id: 'expert.residencePermit',
    subject: 'expert',
    stage: 'inPost',
    params: [n('days', '入境后天数', 'Days after entry')],
    change: loc('办理居留许可并登记办理日期', 'obtain the residence permit and record the date'),
    check: residencePermit,
  },
];

export const ruleKindById = new Map(ruleKinds.map((k) => [k.id, k]));

const kindGuide: Record<ParamKind, string> = {
  number: '',
  countries: '（国家代码，逗号分隔 / country codes）',
  regions: '（地区或次区域名称，如 非洲、拉丁美洲和加勒比、南美洲，逗号分隔 / regions or sub-regions by name）',
  words: '（逗号分隔 / comma-separated）',
};

/** What each parameter of a rule means, for the notes of a shipped rule version (the form shows keys). */
export const paramGuide = (kind: RuleKind): string =>
  kind.params.length
    ? `参数 Parameters: ${kind.params.map((p) => `${p.key} = ${p.label.zh} / ${p.label.en}${kindGuide[p.kind]}${p.optional ? '（可不填 / optional）' : ''}`).join('; ')}`
    : '无参数 No parameters';

export const ruleIdOptions: EnumOption[] = ruleKinds.map((k) => ({ value: k.id, label: loc(k.id, k.id) }));

const countryCodes = new Set(nationalityOptions.map((o) => o.value));

/** A list parameter as entered: codes or words separated by commas, 、 or spaces. */
const splitList = (text: string) =>
  text
    .split(/[,，、;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
/** Region names hold spaces ("Latin America and the Caribbean"): only commas, 、 and semicolons separate them. */
const splitNames = (text: string) =>
  text
    .split(/[,，、;；]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A rule version's parameters parsed by its kind, or what is wrong with them (zh/en). */
export function parseParams(kind: RuleKind, raw: Record<string, string>): { params: Params; problems: Localized[] } {
  const params: Params = {};
  const problems: Localized[] = [];
  const given = kind.earlierShape?.(raw) ?? raw;
  for (const spec of kind.params) {
    const text = (given[spec.key] ?? '').trim();
    if (!text && spec.optional) {
      params[spec.key] = [];
      continue;
    }
    if (!text) {
      problems.push(loc(`参数“${spec.label.zh}”（${spec.key}）：必填`, `Parameter "${spec.label.en}" (${spec.key}): required`));
      continue;
    }
    if (spec.kind === 'number') {
      const value = /^\d+$/.test(text) ? Number(text) : NaN;
      if (!Number.isInteger(value) || value < 0 || value > 10_000) {
        problems.push(
          loc(
            `参数“${spec.label.zh}”：应为 0 至 10000 的整数，不能是“${text}”`,
            `Parameter "${spec.label.en}": a whole number from 0 to 10000, not "${text}"`,
          ),
        );
      } else params[spec.key] = value;
      continue;
    }
    if (spec.kind === 'regions') {
      const found = splitNames(text).map((i) => [i, regionNamed(i)?.id] as const);
      const unknownRegions = found.filter(([, id]) => !id).map(([i]) => i);
      if (unknownRegions.length)
        problems.push(
          loc(
            `参数“${spec.label.zh}”：未知地区 ${unknownRegions.join('、')}`,
            `Parameter "${spec.label.en}": unknown regions ${unknownRegions.join(', ')}`,
          ),
        );
      params[spec.key] = found.flatMap(([, id]) => (id ? [id] : []));
      continue;
    }
    const items = splitList(text);
    const unknown = spec.kind === 'countries' ? items.map((i) => i.toUpperCase()).filter((i) => !countryCodes.has(i)) : [];
    if (unknown.length)
      problems.push(
        loc(
          `参数“${spec.label.zh}”：未知国家代码 ${unknown.join('、')}`,
          `Parameter "${spec.label.en}": unknown country codes ${unknown.join(', ')}`,
        ),
      );
    params[spec.key] = spec.kind === 'countries' ? items.map((i) => i.toUpperCase()) : items;
  }
  const known = new Set(kind.params.map((p) => p.key));
  for (const key of Object.keys(given)) {
    if (!known.has(key)) problems.push(loc(`规则 ${kind.id} 没有参数“${key}”`, `Rule ${kind.id} has no parameter "${key}"`));
  }
  return { params, problems };
}
