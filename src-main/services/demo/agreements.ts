import type { FieldValue } from '../../contract';
import { addDays } from '../../core/expiry';
import { pickOne, seededRandom } from '../../core/random';
import { agreementTypes } from '../../core/registers/agreement';
import { localDate } from '../../ports/clock';
import { createRecords } from '../recordCommands';
import type { ChangeWriter } from '../changeWriter';
import { registerOf, type ServiceContext } from '../context';
import { liveDepartmentCodes } from '../departmentNames';
import type { DemoPartner } from './delegation';
import { demoFields, demoInstitutions, demoSignatories } from './institutions';

/** Rows of `register` prepared in memory, or written, so far of `total`. */
export type Progress = (register: string, done: number, total: number, stage: 'prepare' | 'write') => void;

export interface DemoAgreements {
  partners: DemoPartner[];
  /** Agreement ids by partner id, for trips that negotiate or sign one. */
  agreementsByPartner: Map<string, string[]>;
  agreements: number;
}

/** Every field of a register, empty: bulk writes take complete records. */
/** A new record's values before anything is filled in: every field empty, or its fixed default (not "today"). */
export const blankValues = (register: string): Record<string, FieldValue> =>
  Object.fromEntries(
    registerOf(register).fields.map((f) => [
      f.key,
      f.defaultValue !== undefined && f.defaultValue !== 'today' ? f.defaultValue : f.type === 'boolean' ? false : null,
    ]),
  );

/**
 * Realistic partners and `records` agreements: a spread of countries, agreement types, departments, signing
 * dates over the last decade, and statuses consistent with the dates (so the expiry badge and filters have
 * something to show).
 */
export function addDemoAgreements(
  ctx: ServiceContext,
  writer: ChangeWriter,
  records: number,
  seed: number,
  onProgress?: Progress,
): DemoAgreements {
  const rand = seededRandom(seed);
  const today = localDate(ctx.clock.now());
  const departments = [...liveDepartmentCodes(ctx)];
  const partnerCount = Math.max(Math.min(demoInstitutions.length, records), Math.ceil(records / 4));
  const partners = Array.from({ length: partnerCount }, (_, i) => {
    const base = demoInstitutions[i % demoInstitutions.length]!;
    const round = Math.floor(i / demoInstitutions.length);
    const field = demoFields[round % demoFields.length]!;
    const [nameZh, nameOriginal, country, city, type] =
      round === 0
        ? base
        : [`${base[3]}${field[0]}（${round}）`, `${field[1]}, ${base[1]} (${round})`, base[2], base[3], 'researchInstitute'];
    const department = rand() < 0.6 ? 'FAO' : pickOne(rand, departments);
    return {
      department,
      data: {
        ...blankValues('partner'),
        nameZh,
        nameOriginal,
        country,
        city,
        type,
        department,
        backgroundReview: pickOne(rand, ['passed', 'passed', 'passed', 'inProgress', 'notStarted']),
      },
    };
  });
  const partnerIds = createRecords(ctx, writer, registerOf('partner'), partners);
  const partnerIndex: number[] = [];
  const agreements = Array.from({ length: records }, () => {
    const p = Math.floor(rand() * partners.length);
    partnerIndex.push(p);
    const partner = partners[p]!;
    const type = pickOne(rand, agreementTypes).value;
    const typeLabel = agreementTypes.find((t) => t.value === type)!.label.zh;
    const signed = addDays(today, -Math.floor(rand() * 3650));
    const expiry = addDays(signed, 365 * (3 + Math.floor(rand() * 3)) + Math.floor(rand() * 60) - 30);
    const roll = rand();
    const status = roll < 0.05 ? 'draft' : roll < 0.1 ? 'underReview' : roll < 0.13 ? 'terminated' : expiry < today ? 'expired' : 'active';
    const pending = status === 'draft' || status === 'underReview';
    const level = rand() < 0.5 ? 'university' : 'department';
    const department = level === 'university' ? 'FAO' : pickOne(rand, departments);
    return {
      department,
      data: {
        ...blankValues('agreement'),
        title: `与${partner.data.nameZh}${typeLabel}协议`,
        partner: partnerIds[p]!,
        type,
        level,
        status,
        department,
        departmentsInvolved: [department, pickOne(rand, departments)].filter((d, i, a) => a.indexOf(d) === i),
        signedDate: pending ? null : signed,
        effectiveDate: pending ? null : signed,
        expiryDate: pending ? null : expiry,
        autoRenewal: rand() < 0.2,
        signatoryOurs: pending ? null : pickOne(rand, demoSignatories),
        signatoryPartner: pending ? null : 'President',
      },
    };
  });
  const agreementIds = createRecords(ctx, writer, registerOf('agreement'), agreements, {
    onProgress: (done) => onProgress?.('agreement', done, records, 'write'),
  });
  onProgress?.('agreement', records, records, 'write');
  const agreementsByPartner = new Map<string, string[]>();
  agreementIds.forEach((id, i) => {
    const partnerId = partnerIds[partnerIndex[i]!]!;
    const list = agreementsByPartner.get(partnerId);
    if (list) list.push(id);
    else agreementsByPartner.set(partnerId, [id]);
  });
  return {
    partners: partners.map((p, i) => ({
      id: partnerIds[i]!,
      nameZh: String(p.data.nameZh),
      country: String(p.data.country),
      city: (p.data.city as string | null) ?? null,
      university: p.data.type === 'university',
    })),
    agreementsByPartner,
    agreements: records,
  };
}
