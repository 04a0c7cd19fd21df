import { currencyDigits, formatAmount, type FieldValue, type FormId, type TableRow } from '../../contract';
import type { FormPage, FormTable, FormValue } from '../../core/forms/formHtml';
import { registerOf, type ServiceContext } from '../context';
import { travelStandardEstimate } from '../travelStandardEstimate';
import { chineseDate, countryName, dateRange, masked, recordText, text, yesNo, yuan, type RecordText } from './recordText';
import { countriesAgainstLimit, daysAgainstLimit, noticeWindow, reportDeadline, tripRules } from './tripFigures';

type Values = Record<string, FieldValue>;

const amount = (minor: number, currency: string) => `${formatAmount(minor, currencyDigits(currency))}`;

/** The trip's stops against the daily standards (财行〔2013〕516号), per stop and in total, in fen where a rate is known. */
function budgetTable(ctx: ServiceContext, id: string): FormValue {
  const e = travelStandardEstimate(ctx, { id });
  if (!e.computable) return `无法按标准测算：缺少${e.missing.map((m) => m.zh).join('、')}`;
  const rows = e.stops.map((s) => [
    `${countryName(s.country)}${s.city ? ` ${s.city}` : ''}`,
    s.currency,
    `${s.lodgingNights} 晚`,
    `${s.foodDays} 天`,
    amount(s.lodging, s.currency),
    amount(s.food, s.currency),
    amount(s.misc, s.currency),
    amount(s.lodging + s.food + s.misc, s.currency),
  ]);
  for (const t of e.totals.filter((x) => x.total > 0)) {
    rows.push([
      `合计（${e.persons} 人）`,
      t.currency,
      '',
      '',
      amount(t.lodging, t.currency),
      amount(t.food, t.currency),
      amount(t.misc, t.currency),
      amount(t.total, t.currency),
    ]);
    if (t.cny && t.currency !== 'CNY')
      rows.push([
        `折合人民币（汇率 ${t.rate!.rate}）`,
        'CNY',
        '',
        '',
        amount(t.cny.lodging, 'CNY'),
        amount(t.cny.food, 'CNY'),
        amount(t.cny.misc, 'CNY'),
        amount(t.cny.total, 'CNY'),
      ]);
  }
  return { columns: ['地点', '币种', '住宿', '伙食', '住宿费', '伙食费', '公杂费', '小计'], rows };
}

function budgetTotal(ctx: ServiceContext, id: string, values: Values): string {
  const estimate = yuan(values.budgetEstimate);
  const e = values.direction === 'outbound' ? travelStandardEstimate(ctx, { id }) : null;
  let standard = '';
  if (e?.computable) {
    // A currency with nothing to pay (a transit stop) needs no rate; one still without a rate is never guessed.
    const due = e.totals.filter((t) => t.total > 0);
    const unpriced = due.filter((t) => !t.cny).map((t) => t.currency);
    standard = unpriced.length
      ? `按开支标准核定住宿、伙食、公杂费 ${due.map((t) => `${t.currency} ${amount(t.total, t.currency)}`).join(' + ')}（${unpriced.join('、')} 尚无汇率，未折合人民币）`
      : `按开支标准核定住宿、伙食、公杂费 ${yuan(due.reduce((sum, t) => sum + t.cny!.total, 0))}`;
  }
  return [estimate, standard].filter(Boolean).join('；');
}

/** The allocations the trip's expenses are charged to: where its money comes from. */
function fundingSource(ctx: ServiceContext, register: string, id: string, words: RecordText): string {
  const ids = ctx.sqlite
    .prepare(
      `SELECT DISTINCT "allocation" FROM "expense" WHERE "deleted" = 0 AND "${register}" = ? AND "allocation" IS NOT NULL ORDER BY "allocation"`,
    )
    .pluck()
    .all(id) as string[];
  return ids
    .map((a) => words.title('allocation', a))
    .filter(Boolean)
    .join('、');
}

/** Countries in the order travelled, a transit stop marked as such. */
function countriesText(values: Values): string {
  const legs = (values.legs as TableRow[] | null) ?? [];
  const visited = new Set(legs.filter((l) => l.stop === 'visit').map((l) => String(l.country)));
  return ((values.countries as string[] | null) ?? []).map((c) => `${countryName(c)}${visited.has(c) ? '' : '（经停）'}`).join('、');
}

function membersTable(values: Values, words: RecordText, inbound: boolean): FormTable {
  const def = registerOf('delegation');
  const person = registerOf('person');
  const rows = ((values.members as TableRow[] | null) ?? []).map((m, i) => {
    const p = words.person(m.person) ?? {};
    const common = [String(i + 1), text(p.name), words.option(person, 'gender', p.gender)];
    const place = inbound ? countryName(p.nationality) : words.department(p.department);
    return [
      ...common,
      place,
      text(p.position),
      words.option(def, 'members', m.role, 'role'),
      words.option(person, 'passportType', p.passportType),
      masked(p.passportNumber),
    ];
  });
  return { columns: ['序号', '姓名', '性别', inbound ? '国籍' : '所在单位', '职务/职称', '团内身份', '护照类型', '护照号码'], rows };
}

function itineraryTable(values: Values, words: RecordText): FormTable {
  const def = registerOf('delegation');
  const rows = ((values.legs as TableRow[] | null) ?? []).map((l, i) => [
    String(i + 1),
    countryName(l.country),
    text(l.city),
    chineseDate(l.arrive),
    chineseDate(l.leave),
    words.option(def, 'legs', l.stop, 'stop'),
  ]);
  return { columns: ['序号', '国家（地区）', '城市', '抵达日期', '离开日期', '性质'], rows };
}

const memberName = (values: Values, words: RecordText, role: string): string =>
  ((values.members as TableRow[] | null) ?? [])
    .filter((m) => m.role === role)
    .map((m) => text(words.person(m.person)?.name))
    .join('、');

/** The values every delegation form reads, from the record and what the services compute of it. */
function tripValues(ctx: ServiceContext, id: string, values: Values, words: RecordText): Record<string, FormValue> {
  const def = registerOf('delegation');
  const rules = tripRules(ctx, values);
  const inbound = values.direction === 'inbound';
  const members = (values.members as TableRow[] | null) ?? [];
  const inviter = [words.title('partner', values.partner), text(values.hostName)].filter(Boolean).join('；');
  const purpose = `${words.option(def, 'purpose', values.purpose)}${values.academic === true ? '（教学科研类）' : ''}${text(values.academicTask) ? `：${text(values.academicTask)}` : ''}`;
  const notice = noticeWindow(ctx, values, rules);
  return {
    title: text(values.title),
    department: words.department(values.department),
    leader: memberName(values, words, 'leader'),
    groupSize: members.length ? `${members.length} 人` : '',
    purpose,
    inviter,
    dates: dateRange(values.departDate, values.returnDate),
    days: typeof values.days === 'number' ? `${values.days} 天` : '',
    // A visit comes from where its guests are from; its itinerary is in China.
    countries: inbound
      ? [...new Set(members.map((m) => countryName(words.person(m.person)?.nationality)).filter(Boolean))].join('、')
      : countriesText(values),
    daysAgainstLimit: inbound ? '' : daysAgainstLimit(values, rules),
    countriesAgainstLimit: inbound ? '' : countriesAgainstLimit(values, rules),
    members: membersTable(values, words, inbound),
    memberNames: members.map((m) => text(words.person(m.person)?.name)).join('、'),
    itinerary: itineraryTable(values, words),
    budget: inbound ? '' : budgetTable(ctx, id),
    budgetTotal: budgetTotal(ctx, id, values),
    fundingSource: fundingSource(ctx, 'delegation', id, words),
    approvalNumber: text(values.approvalNumber),
    submittedDate: chineseDate(values.submittedDate),
    noticePeriod: notice?.period ?? '',
    noticeEnd: notice?.end ?? '',
    reportDeadline: reportDeadline(ctx, values, rules),
    report: text(values.tripReport),
    officialGuests: yesNo(values.officialGuests),
  };
}

/** One member's page: the person as the people register has them, and the trip they go on. */
function memberValues(trip: Record<string, FormValue>, member: TableRow, words: RecordText): Record<string, FormValue> {
  const def = registerOf('delegation');
  const person = registerOf('person');
  const p = words.person(member.person) ?? {};
  const experience = ((p.overseasExperience as TableRow[] | null) ?? []).map((x) => [
    countryName(x.country),
    text(x.institution),
    words.option(person, 'overseasExperience', x.kind, 'kind'),
    dateRange(x.from, x.to),
  ]);
  const residence =
    p.foreignResidence === true
      ? `有${text(p.foreignResidenceDetails) ? `：${text(p.foreignResidenceDetails)}` : ''}`
      : p.foreignResidence === false
        ? '无'
        : '';
  return {
    name: text(p.name),
    gender: words.option(person, 'gender', p.gender),
    unit: words.department(p.department),
    position: text(p.position),
    category: words.option(person, 'category', p.category),
    leadership: yesNo(p.leadership),
    nationality: countryName(p.nationality),
    passportType: words.option(person, 'passportType', p.passportType),
    passportNumber: masked(p.passportNumber),
    passportExpiry: chineseDate(p.passportExpiry),
    foreignResidence: residence,
    overseasExperience: { columns: ['国家（地区）', '机构', '类型', '起止时间'], rows: experience },
    tripTitle: trip.title!,
    role: words.option(def, 'members', member.role, 'role'),
    destinations: trip.countries!,
    dates: trip.dates!,
  };
}

/** The pages of a delegation's form: one for the trip, or one per member. */
export function delegationPages(ctx: ServiceContext, form: FormId, id: string, values: Values): FormPage[] {
  const words = recordText(ctx);
  const trip = tripValues(ctx, id, values, words);
  if (form === 'memberVetting' || form === 'memberPledge') {
    return ((values.members as TableRow[] | null) ?? []).map((m) => ({ values: memberValues(trip, m, words) }));
  }
  // A notice is posted in public: who goes and in what capacity, never their documents.
  if (form === 'tripNotice') return [{ values: { ...trip, members: publicMembers(trip.members as FormTable) } }];
  return [{ values: trip }];
}

const publicMembers = (t: FormTable): FormTable => {
  const kept = ['序号', '姓名', '所在单位', '职务/职称', '团内身份'].map((c) => t.columns.indexOf(c));
  return { columns: kept.map((i) => t.columns[i]!), rows: t.rows.map((r) => kept.map((i) => r[i]!)) };
};
