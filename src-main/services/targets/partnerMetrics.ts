import type { Localized } from '../../contract';
import { agreementTypes } from '../../core/registers/agreement';
import type { ServiceContext } from '../context';
import { rows, yearEnd, type Counted, type Metric, type MetricInput } from './metric';

interface AgreementRow {
  id: string;
  partner: string;
  partnerDepartment: string;
  type: string;
  status: string;
  signedDate: string | null;
  effectiveDate: string | null;
  expiryDate: string | null;
}

/** Every type but "other" marks a working relationship; an "other" paper (a letter of intent) does not. */
const defaultPartnerTypes = agreementTypes.map((t) => t.value).filter((t) => t !== 'other');

const typeNames = (types: string[]) => ({
  zh: types.map((t) => agreementTypes.find((o) => o.value === t)?.label.zh ?? t).join('、'),
  en: types.map((t) => agreementTypes.find((o) => o.value === t)?.label.en ?? t).join(', '),
});

/**
 * Live agreements that were ever signed: drafts and those under review never were; terminated ones are left
 * out of every year, because the register keeps no termination date to say until when they stood.
 */
function signedAgreements(ctx: ServiceContext, types: string[]): AgreementRow[] {
  return rows<AgreementRow>(
    ctx,
    `SELECT a."id", a."partner", p."department" AS "partnerDepartment", a."type", a."status", a."signedDate", a."effectiveDate", a."expiryDate"
       FROM "agreement" a JOIN "partner" p ON p."id" = a."partner" AND p."deleted" = 0
      WHERE a."deleted" = 0 AND a."status" IN ('active', 'expired') AND a."signedDate" IS NOT NULL
        AND a."type" IN (SELECT value FROM json_each(?))`,
    JSON.stringify(types),
  );
}

/** In force on a day: taken effect (or signed, without an effective date) by then, not yet expired. */
const inForceOn = (a: AgreementRow, day: string) =>
  (a.effectiveDate ?? a.signedDate!) <= day && (a.expiryDate === null || a.expiryDate >= day);

const typesOf = (input: Pick<MetricInput, 'qualifyingTypes'>, fallback: string[]) =>
  input.qualifyingTypes.length ? input.qualifyingTypes : fallback;

const inForceRule = (types: string[]): Localized => {
  const names = typeNames(types);
  return {
    zh: `年末（当年为今天）至少有一份有效协议的合作方，按合作方去重；计入的协议类型：${names.zh}。协议以生效日期（无则签署日期）起算，到期日后不再计入；已终止、草拟和审核中的协议不计。`,
    en: `Partners with at least one agreement in force at the year's end (today for the current year), each partner once; agreement types that count: ${names.en}. An agreement counts from its effective date (else its signing date) until its expiry; terminated, draft and under-review agreements never count.`,
  };
};

/** T1: distinct partners with an agreement of a qualifying type in force on the year's last day. */
export const activePartners: Metric = {
  id: 'activePartners',
  register: 'partner',
  shape: 'stock',
  rule: (input) => inForceRule(typesOf(input, defaultPartnerTypes)),
  count(input) {
    const agreements = signedAgreements(input.ctx, typesOf(input, defaultPartnerTypes));
    return new Map(
      input.years.map((year): [number, Counted] => {
        const day = yearEnd(year, input.today);
        return [year, new Map(agreements.filter((a) => inForceOn(a, day)).map((a) => [a.partner, a.partnerDepartment]))];
      }),
    );
  },
};

/** T2: partners whose first signed agreement (of the qualifying types) was signed in the year. */
export const newPartners: Metric = {
  id: 'newPartners',
  register: 'partner',
  shape: 'flow',
  rule: (input) => {
    const names = typeNames(typesOf(input, defaultPartnerTypes));
    return {
      zh: `当年签署了与该合作方的第一份协议（按签署日期）的合作方；计入的协议类型：${names.zh}；草拟、审核中和已终止的协议不计。`,
      en: `Partners whose first agreement was signed in the year (by signing date); agreement types that count: ${names.en}; draft, under-review and terminated agreements do not count.`,
    };
  },
  count(input) {
    const first = new Map<string, AgreementRow>();
    for (const a of signedAgreements(input.ctx, typesOf(input, defaultPartnerTypes))) {
      const seen = first.get(a.partner);
      if (!seen || a.signedDate! < seen.signedDate!) first.set(a.partner, a);
    }
    const out = new Map<number, Counted>(input.years.map((y) => [y, new Map()]));
    for (const a of first.values())
      if (a.signedDate! <= input.today) out.get(Number(a.signedDate!.slice(0, 4)))?.set(a.partner, a.partnerDepartment);
    return out;
  },
};

/** T6: agreements establishing a teacher-training base abroad, in force at the year's end. */
export const trainingBases: Metric = {
  id: 'trainingBases',
  register: 'agreement',
  shape: 'stock',
  rule: (input) => {
    const names = typeNames(typesOf(input, ['teacherTrainingBase']));
    return {
      zh: `年末有效的“${names.zh}”类协议（每份协议一处基地）；已终止、已到期、草拟和审核中的不计。`,
      en: `Agreements of type ${names.en} in force at the year's end (one base per agreement); terminated, expired, draft and under-review ones do not count.`,
    };
  },
  count(input) {
    const agreements = rows<AgreementRow & { department: string }>(
      input.ctx,
      `SELECT "id", "department", "signedDate", "effectiveDate", "expiryDate" FROM "agreement"
        WHERE "deleted" = 0 AND "status" IN ('active', 'expired') AND "signedDate" IS NOT NULL AND "type" IN (SELECT value FROM json_each(?))`,
      JSON.stringify(typesOf(input, ['teacherTrainingBase'])),
    );
    return new Map(
      input.years.map((year): [number, Counted] => {
        const day = yearEnd(year, input.today);
        return [year, new Map(agreements.filter((a) => inForceOn(a, day)).map((a) => [a.id, a.department]))];
      }),
    );
  },
};
