import type { FieldValue, RecordDto } from '../../src-main/contract';
import { addPerson } from './delegations';
import { partnerValues, type TestApp } from './tempApp';

export const passports = ['E12345678', 'E87654321', 'P55501234'] as const;

/** A person with everything the vetting form prints filled in. */
const fullPerson = (app: TestApp, over: Record<string, FieldValue>) =>
  addPerson(app, {
    gender: 'male',
    position: '教授',
    passportType: 'official',
    passportExpiry: '2031-03-31',
    leadership: false,
    foreignResidence: false,
    overseasExperience: [{ country: 'GB', institution: '伦敦大学学院', kind: 'visitingScholar', from: '2015-09-01', to: '2016-08-31' }],
    ...over,
  });

/** Money for the trip: a fund, an allocation and a planned hotel cost in pounds at a Bank of China rate. */
async function funding(app: TestApp, subject: Record<string, FieldValue>): Promise<string> {
  const fund = await app.call('records.put', {
    register: 'fund',
    values: { name: '外事常规经费', fiscalYear: 2026, kind: 'routine', total: '200,000' },
  });
  const allocation = await app.call('records.put', {
    register: 'allocation',
    values: { title: '外事办出访经费', fund: fund.id, department: 'FAO', amount: '100,000' },
  });
  await app.call('records.put', {
    register: 'expense',
    values: {
      description: '伦敦住宿',
      allocation: allocation.id,
      stage: 'planned',
      category: 'lodging',
      date: '2026-05-02',
      currency: 'GBP',
      amount: '1,200',
      rate: '9.1',
      rateDate: '2026-04-20',
      rateSource: 'bocSellingRate',
      ...subject,
    },
  });
  return allocation.id;
}

/** An outbound trip with every field the outbound forms print: two members, a transit stop, money, notice, approval, report. */
export async function fullOutboundTrip(app: TestApp): Promise<RecordDto> {
  const partner = await app.call('records.put', { register: 'partner', values: partnerValues() });
  const leader = await fullPerson(app, { passportNumber: passports[0], leadership: true });
  const member = await fullPerson(app, {
    name: '李华',
    gender: 'female',
    position: '副教授',
    passportNumber: passports[1],
    foreignResidence: true,
    foreignResidenceDetails: '持有英国永久居留权（已申报）',
  });
  const trip = await app.call('records.put', {
    register: 'delegation',
    values: {
      title: '赴英国伦敦大学学院学术交流',
      direction: 'outbound',
      purpose: 'conference',
      academic: true,
      academicTask: '参加第十届劳动关系国际研讨会并作主旨发言',
      partner: partner.id,
      hostName: '英国劳动关系研究会',
      departDate: '2026-05-01',
      returnDate: '2026-05-08',
      legs: [
        { country: 'DE', city: '法兰克福', arrive: '2026-05-01', leave: '2026-05-01', stop: 'transit' },
        { country: 'GB', city: '伦敦', arrive: '2026-05-01', leave: '2026-05-08', stop: 'visit' },
      ],
      members: [
        { person: leader, role: 'leader' },
        { person: member, role: 'member' },
      ],
      budgetEstimate: '68,000',
      submittedDate: '2026-03-02',
      noticeStart: '2026-03-16',
      approvalNumber: '外审〔2026〕12号',
      tripReport: '代表团出席研讨会并作主旨发言，与伦敦大学学院商定联合培养项目。',
    },
  });
  await funding(app, { subjectKind: 'delegation', delegation: trip.id });
  return app.call('records.get', { register: 'delegation', id: trip.id });
}

export async function fullInboundVisit(app: TestApp): Promise<RecordDto> {
  const partner = await app.call('records.put', {
    register: 'partner',
    values: partnerValues({ nameZh: '悉尼大学', nameOriginal: 'University of Sydney', country: 'AU', city: '悉尼' }),
  });
  const guest = await fullPerson(app, {
    name: '约翰·史密斯',
    category: 'visitor',
    nationality: 'AU',
    passportType: 'foreign',
    passportNumber: passports[2],
    position: '院长',
  });
  const visit = await app.call('records.put', {
    register: 'delegation',
    values: {
      title: '澳大利亚悉尼大学代表团来访',
      direction: 'inbound',
      purpose: 'negotiation',
      officialGuests: false,
      partner: partner.id,
      hostName: '悉尼大学商学院',
      departDate: '2026-06-10',
      returnDate: '2026-06-13',
      legs: [{ country: 'AU', city: '悉尼', arrive: '2026-06-10', leave: '2026-06-13', stop: 'visit' }],
      members: [{ person: guest, role: 'leader' }],
      budgetEstimate: '12,000',
      submittedDate: '2026-04-01',
      approvalNumber: '外接〔2026〕3号',
    },
  });
  await funding(app, { subjectKind: 'delegation', delegation: visit.id });
  return visit;
}

export async function fullConference(app: TestApp): Promise<RecordDto> {
  const partner = await app.call('records.put', { register: 'partner', values: partnerValues() });
  const fund = await app.call('records.put', {
    register: 'fund',
    values: { name: '会议经费', fiscalYear: 2026, kind: 'routine', total: '300,000' },
  });
  const allocation = await app.call('records.put', {
    register: 'allocation',
    values: { title: '国际会议专项', fund: fund.id, department: 'FAO', amount: '150,000' },
  });
  return app.call('records.put', {
    register: 'conference',
    values: {
      title: '劳动关系与社会治理国际研讨会',
      titleEn: 'International Symposium on Labour Relations and Social Governance',
      kind: 'conference',
      role: 'host',
      partner: partner.id,
      mode: 'hybrid',
      startDate: '2026-10-20',
      endDate: '2026-10-22',
      place: '学校学术报告厅',
      discipline: 'socialScience',
      highLevel: false,
      appliedDate: '2026-06-01',
      participantsTotal: 150,
      participantsForeign: 40,
      countryCount: 12,
      brandSeries: '劳动关系国际论坛',
      allocation: allocation.id,
      budgetEstimate: '120,000',
    },
  });
}

export async function fullExpertHire(app: TestApp): Promise<RecordDto> {
  const partner = await app.call('records.put', { register: 'partner', values: partnerValues() });
  const expert = await fullPerson(app, {
    name: '玛丽·琼斯',
    nameOriginal: 'Mary Jones',
    gender: 'female',
    category: 'foreignExpert',
    nationality: 'GB',
    passportType: 'foreign',
    passportNumber: passports[2],
  });
  return app.call('records.put', {
    register: 'expert',
    values: {
      title: '聘请英国专家讲授劳动法',
      person: expert,
      partner: partner.id,
      kind: 'expert',
      position: '劳动法课程教师',
      category: 'A',
      contractFrom: '2026-09-01',
      contractTo: '2027-07-31',
      entryDate: '2026-08-25',
      workPermitNumber: 'WP20260001',
      workPermitExpiry: '2027-08-31',
      residencePermitExpiry: '2027-08-31',
    },
  });
}
