import type { FormId } from '../../contract';

/** How a field sits on the paper form: a cell beside its label, a whole row, a table, or a space to write in. */
export type FormFieldKind = 'cell' | 'row' | 'table' | 'writing';

export interface FormFieldDef {
  key: string;
  /** The label printed when the office's template gives none. */
  label: string;
  kind: FormFieldKind;
}

const cell = (key: string, label: string): FormFieldDef => ({ key, label, kind: 'cell' });
const row = (key: string, label: string): FormFieldDef => ({ key, label, kind: 'row' });
const table = (key: string, label: string): FormFieldDef => ({ key, label, kind: 'table' });
const writing = (key: string, label: string): FormFieldDef => ({ key, label, kind: 'writing' });

const trip = {
  title: row('title', '团组名称'),
  department: cell('department', '组团单位'),
  leader: cell('leader', '团长'),
  groupSize: cell('groupSize', '团组人数'),
  purpose: row('purpose', '出访任务'),
  inviter: row('inviter', '邀请单位'),
  dates: cell('dates', '出访日期'),
  days: cell('days', '在外天数'),
  countries: row('countries', '出访国家（地区）'),
  daysAgainstLimit: row('daysAgainstLimit', '天数核查'),
  countriesAgainstLimit: row('countriesAgainstLimit', '国家数核查'),
  members: table('members', '团组成员'),
  itinerary: table('itinerary', '行程安排'),
  budget: table('budget', '经费预算（按财行〔2013〕516号标准）'),
  budgetTotal: row('budgetTotal', '经费预算合计'),
  fundingSource: row('fundingSource', '经费来源'),
  approvalNumber: cell('approvalNumber', '批件号'),
  submittedDate: cell('submittedDate', '申报日期'),
};

const member = {
  name: cell('name', '姓名'),
  gender: cell('gender', '性别'),
  unit: cell('unit', '所在单位'),
  position: cell('position', '职务/职称'),
  category: cell('category', '人员类别'),
  leadership: cell('leadership', '单位领导班子成员'),
  nationality: cell('nationality', '国籍'),
  passportType: cell('passportType', '护照类型'),
  passportNumber: cell('passportNumber', '护照号码'),
  passportExpiry: cell('passportExpiry', '护照有效期至'),
  foreignResidence: row('foreignResidence', '外国国籍或境外永久居留权'),
  overseasExperience: table('overseasExperience', '境外经历'),
  tripTitle: row('tripTitle', '出访团组'),
  role: cell('role', '团内身份'),
  destinations: row('destinations', '出访国家（地区）'),
  dates: cell('dates', '出访日期'),
};

/**
 * Every field a form can show, with the label it has when the template names none. The office's template
 * chooses which of them are printed, in what order and under what label; the values come from the record.
 */
export const formFields: Record<FormId, FormFieldDef[]> = {
  tripApproval: Object.values(trip),
  tripNotice: [
    trip.title,
    trip.department,
    trip.members,
    trip.countries,
    trip.dates,
    trip.days,
    trip.purpose,
    trip.inviter,
    trip.budgetTotal,
    trip.fundingSource,
    row('noticePeriod', '公示期'),
    row('noticeEnd', '公示截止日期'),
  ],
  memberVetting: Object.values(member),
  memberPledge: [
    member.name,
    member.unit,
    member.position,
    member.passportType,
    member.tripTitle,
    member.destinations,
    member.dates,
    member.role,
  ],
  tripReport: [
    trip.title,
    trip.department,
    trip.leader,
    row('memberNames', '团组成员'),
    trip.countries,
    trip.dates,
    trip.days,
    trip.approvalNumber,
    row('reportDeadline', '报告提交期限'),
    writing('report', '出访总结'),
  ],
  visitApproval: [
    trip.title,
    cell('department', '接待单位'),
    cell('inviter', '来访单位'),
    cell('groupSize', '来访人数'),
    cell('dates', '来访日期'),
    cell('days', '在华天数'),
    row('countries', '来访国家（地区）'),
    row('purpose', '来访任务'),
    cell('officialGuests', '来访者含官员'),
    cell('submittedDate', '申报日期'),
    table('members', '来访人员'),
    table('itinerary', '日程安排'),
    row('budgetTotal', '接待经费预算'),
    row('fundingSource', '经费来源'),
    cell('approvalNumber', '批件号'),
  ],
  conferenceApplication: [
    row('title', '会议名称（中文）'),
    row('titleEn', '会议名称（英文）'),
    cell('kind', '会议类型'),
    cell('department', '主办部门'),
    cell('role', '我校角色'),
    cell('mode', '举办方式'),
    row('partner', '合作方'),
    cell('dates', '会议日期'),
    cell('place', '会议地点'),
    cell('discipline', '学科类别'),
    cell('highLevel', '涉联合国/高级官员/敏感议题'),
    cell('participantsTotal', '参会总人数'),
    cell('participantsForeign', '境外参会人数'),
    cell('countryCount', '境外国家和地区数'),
    cell('appliedDate', '申报日期'),
    row('budgetTotal', '经费预算'),
    row('fundingSource', '经费来源'),
    row('brandSeries', '品牌系列'),
  ],
  expertHire: [
    row('title', '聘请事项'),
    cell('name', '姓名'),
    cell('gender', '性别'),
    cell('nationality', '国籍'),
    cell('passportType', '护照类型'),
    cell('passportNumber', '护照号码'),
    cell('department', '聘请部门'),
    row('partner', '派出/来源院校'),
    cell('kind', '类别'),
    cell('position', '岗位'),
    cell('category', '工作许可类别'),
    cell('contract', '合同期限'),
    cell('entryDate', '入境日期'),
    cell('workPermitNumber', '工作许可证号'),
    cell('workPermitExpiry', '工作许可有效期至'),
    cell('residencePermitExpiry', '居留许可有效期至'),
  ],
};

export const formFieldKeys = (form: FormId): Set<string> => new Set(formFields[form].map((f) => f.key));
