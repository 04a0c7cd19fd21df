import type { FieldValue } from '../../contract';
import type { FormPage } from '../../core/forms/formHtml';
import { registerOf, type ServiceContext } from '../context';
import { chineseDate, countryName, dateRange, masked, recordText, text, yesNo, yuan } from './recordText';

type Values = Record<string, FieldValue>;

const count = (n: unknown, unit: string) => (typeof n === 'number' ? `${n} ${unit}` : '');

/** 举办国际会议申请表: the conference as applied for, its money from the allocation it names. */
export function conferencePages(ctx: ServiceContext, values: Values): FormPage[] {
  const def = registerOf('conference');
  const words = recordText(ctx);
  return [
    {
      values: {
        title: text(values.title),
        titleEn: text(values.titleEn),
        kind: words.option(def, 'kind', values.kind),
        department: words.department(values.department),
        role: words.option(def, 'role', values.role),
        mode: words.option(def, 'mode', values.mode),
        partner: words.title('partner', values.partner),
        dates: dateRange(values.startDate, values.endDate),
        place: text(values.place),
        discipline: words.option(def, 'discipline', values.discipline),
        highLevel: yesNo(values.highLevel),
        participantsTotal: count(values.participantsTotal, '人'),
        participantsForeign: count(values.participantsForeign, '人'),
        countryCount: count(values.countryCount, '个'),
        appliedDate: chineseDate(values.appliedDate),
        budgetTotal: yuan(values.budgetEstimate),
        fundingSource: words.title('allocation', values.allocation),
        brandSeries: text(values.brandSeries),
      },
    },
  ];
}

/** 外籍专家聘请审批表: the hire with the expert as the people register has them, numbers masked. */
export function expertPages(ctx: ServiceContext, values: Values): FormPage[] {
  const def = registerOf('expert');
  const person = registerOf('person');
  const words = recordText(ctx);
  const p = words.person(values.person) ?? {};
  return [
    {
      values: {
        title: text(values.title),
        name: [text(p.name), text(p.nameOriginal)].filter(Boolean).join(' / '),
        gender: words.option(person, 'gender', p.gender),
        nationality: countryName(p.nationality),
        passportType: words.option(person, 'passportType', p.passportType),
        passportNumber: masked(p.passportNumber),
        department: words.department(values.department),
        partner: words.title('partner', values.partner),
        kind: words.option(def, 'kind', values.kind),
        position: text(values.position),
        category: words.option(def, 'category', values.category),
        contract: dateRange(values.contractFrom, values.contractTo),
        entryDate: chineseDate(values.entryDate),
        workPermitNumber: masked(values.workPermitNumber),
        workPermitExpiry: chineseDate(values.workPermitExpiry),
        residencePermitExpiry: chineseDate(values.residencePermitExpiry),
      },
    },
  ];
}
