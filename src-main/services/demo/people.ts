import type { FieldValue, TableRow } from '../../contract';
import { addDays } from '../../core/expiry';
import { pickOne, pickWeighted, randomInt } from '../../core/random';
import { foreignNames, givenNames, surnames } from './names';

export interface DemoDepartment {
  code: string;
  nameZh: string;
  kind: string;
}

/** What the delegation generator needs to know of a person. */
export interface DemoPerson {
  name: string;
  category: string;
  department: string;
  position: string;
  nationality: string;
  /** A Chinese member of staff or student with a passport: may be sent abroad. */
  traveller: boolean;
  /** Heads a school or office (here or at a partner): leads leadership visits. */
  senior: boolean;
}

export interface DemoPartnerPlace {
  nameZh: string;
  country: string;
}

type Gender = 'male' | 'female';
type Rand = () => number;

const digits = (rand: Rand, n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const letter = (rand: Rand) => letters[Math.floor(rand() * letters.length)]!;

/** Passport numbers in the formats their issuers use: SE/PE official, E private, nine digits in the UK, US, Russia... */
function passportNumber(rand: Rand, type: string, nationality: string): string {
  if (type === 'official') return `${rand() < 0.6 ? 'SE' : 'PE'}${digits(rand, 7)}`;
  if (type === 'private') return rand() < 0.3 ? `E${digits(rand, 8)}` : `E${letter(rand)}${digits(rand, 7)}`;
  if (['GB', 'US', 'AU', 'CA', 'RU', 'BY'].includes(nationality)) return digits(rand, 9);
  return `${letter(rand)}${letter(rand)}${digits(rand, 7)}`;
}

/** Skewed towards the first surnames, as 王, 李 and 张 are far commoner than 司马. */
const surname = (rand: Rand) => surnames[Math.floor(rand() ** 1.8 * surnames.length)]!;

function chineseName(rand: Rand, gender: Gender): { name: string; pinyin: string } {
  const [familyZh, familyPy] = surname(rand);
  const [givenZh, givenPy] = pickOne(rand, givenNames[gender]);
  // Two single-character names make the common three-character name (王晓明); a two-character entry stands alone.
  const second =
    givenZh.length === 1 && rand() < 0.5
      ? pickOne(
          rand,
          givenNames[gender].filter(([g]) => g.length === 1),
        )
      : null;
  return { name: familyZh + givenZh + (second?.[0] ?? ''), pinyin: familyPy + givenPy + (second?.[1] ?? '') };
}

function foreignName(rand: Rand, country: string): { name: string; nameOriginal: string; gender: Gender } {
  const names = foreignNames[country] ?? foreignNames.GB!;
  const [givenZh, givenOriginal, gender] = pickOne(rand, names.given);
  const [familyZh, familyOriginal, familyZhF, familyOriginalF] = pickOne(rand, names.family);
  const fZh = gender === 'female' && familyZhF ? familyZhF : familyZh;
  const fOriginal = gender === 'female' && familyOriginalF ? familyOriginalF : familyOriginal;
  if (names.familyFirst) return { name: fZh + givenZh, nameOriginal: `${fOriginal}${names.joined ? '' : ' '}${givenOriginal}`, gender };
  return { name: `${givenZh}·${fZh}`, nameOriginal: `${givenOriginal} ${fOriginal}`, gender };
}

const teacherPositions: [string, number][] = [
  ['教授', 14],
  ['副教授', 28],
  ['讲师', 40],
  ['助教', 6],
  ['教授、院长', 3],
  ['教授、副院长', 5],
  ['副教授、副院长', 4],
];
const staffPositions: [string, number][] = [
  ['科员', 35],
  ['副科长', 20],
  ['科长', 20],
  ['副处长', 15],
  ['处长', 10],
];
const officePositions: [string, number][] = [
  ['科员', 40],
  ['项目主管', 30],
  ['副主任', 20],
  ['主任', 10],
];
const studentPositions: [string, number][] = [
  ['本科生', 40],
  ['硕士研究生', 45],
  ['博士研究生', 15],
];
const visitorPositions: [string, number][] = [
  ['教授', 30],
  ['副教授', 15],
  ['研究员', 15],
  ['院长', 12],
  ['副校长', 6],
  ['国际事务处处长', 8],
  ['博士研究生', 14],
];
const expertPositions: [string, number][] = [
  ['外籍教师', 60],
  ['客座教授', 25],
  ['外籍专家', 15],
];
const seniorPositions = new Set([
  '教授、院长',
  '教授、副院长',
  '副教授、副院长',
  '处长',
  '副处长',
  '主任',
  '副主任',
  '院长',
  '副校长',
  '国际事务处处长',
]);

function overseasExperience(rand: Rand, today: string, partners: DemoPartnerPlace[]): TableRow[] | null {
  if (!partners.length) return null;
  return Array.from({ length: rand() < 0.7 ? 1 : 2 }, () => {
    const partner = pickOne(rand, partners);
    const kind = pickWeighted(rand, [
      ['visitingScholar', 5],
      ['degree', 3],
      ['training', 2],
    ] as const);
    const months =
      kind === 'degree' ? randomInt(rand, 24, 48) : kind === 'visitingScholar' ? randomInt(rand, 6, 12) : randomInt(rand, 1, 3);
    const from = addDays(today, -randomInt(rand, 400, 6000));
    return { country: partner.country, institution: partner.nameZh, kind, from, to: addDays(from, months * 30) };
  });
}

/** Whom this person is: category, department and the name, title and papers that go with them. */
export function demoPerson(
  rand: Rand,
  today: string,
  departments: DemoDepartment[],
  partners: DemoPartnerPlace[],
  emails: Map<string, number>,
) {
  const academic = departments.filter((d) => d.kind === 'academic');
  const functional = departments.filter((d) => d.kind !== 'academic');
  const schools = academic.length ? academic : departments;
  const category = pickWeighted(rand, [
    ['teacher', 50],
    ['staff', 15],
    ['student', 17],
    ['visitor', 15],
    ['foreignExpert', 3],
  ] as const);
  const foreign = category === 'visitor' || category === 'foreignExpert';
  const nationality = foreign
    ? category === 'visitor' && partners.length
      ? pickOne(rand, partners).country
      : pickOne(rand, ['GB', 'US', 'AU', 'CA', 'DE', 'FR', 'RU', 'JP', 'KR'])
    : 'CN';
  const office = departments.find((d) => d.code === 'FAO');
  const department =
    category === 'staff'
      ? office && rand() < 0.3
        ? office
        : pickOne(rand, functional.length ? functional : departments)
      : category === 'visitor' && office && rand() < 0.4
        ? office
        : category === 'foreignExpert'
          ? (departments.find((d) => d.code === 'FLT' && rand() < 0.5) ?? pickOne(rand, schools))
          : pickOne(rand, schools);
  const position = pickWeighted(
    rand,
    category === 'teacher'
      ? teacherPositions
      : category === 'student'
        ? studentPositions
        : category === 'visitor'
          ? visitorPositions
          : category === 'foreignExpert'
            ? expertPositions
            : department.code === 'FAO'
              ? officePositions
              : staffPositions,
  );
  const gender: Gender = rand() < (category === 'student' ? 0.6 : 0.48) ? 'female' : 'male';
  const named = foreign ? foreignName(rand, nationality) : { ...chineseName(rand, gender), gender };

  let email: string | null = null;
  if (!foreign) {
    const base = 'pinyin' in named ? named.pinyin : '';
    const n = (emails.get(base) ?? 0) + 1;
    emails.set(base, n);
    email = `${base}${n > 1 ? n : ''}@${category === 'student' ? 'stu.culr.edu.cn' : 'culr.edu.cn'}`;
  }
  const hasPassport = foreign || rand() < (category === 'student' ? 0.7 : 0.92);
  const passportType = !hasPassport
    ? null
    : foreign
      ? 'foreign'
      : category === 'student'
        ? 'private'
        : rand() < (category === 'staff' ? 0.7 : 0.5)
          ? 'official'
          : 'private';
  const validYears = passportType === 'official' ? 5 : 10;
  const declares = category === 'teacher' && rand() < 0.01;

  const values: Record<string, FieldValue> = {
    name: named.name,
    nameOriginal: 'nameOriginal' in named ? named.nameOriginal : null,
    gender: named.gender,
    category,
    department: department.code,
    position,
    phone: foreign
      ? null
      : category === 'staff'
        ? `010-8856${digits(rand, 4)}`
        : `1${pickOne(rand, ['38', '39', '35', '36', '50', '58', '86', '88', '89', '33', '80'])}${digits(rand, 8)}`,
    email,
    nationality,
    passportNumber: passportType ? passportNumber(rand, passportType, nationality) : null,
    passportType,
    passportExpiry: passportType ? addDays(today, randomInt(rand, -400, validYears * 365)) : null,
    foreignResidence: declares,
    foreignResidenceDetails: declares
      ? `持有${pickOne(rand, ['加拿大', '澳大利亚', '新西兰'])}永久居留权（${randomInt(rand, 2008, 2016)}年取得），已在备案表中如实申报`
      : null,
    overseasExperience:
      (category === 'teacher' && rand() < 0.35) || (category === 'staff' && rand() < 0.1)
        ? overseasExperience(rand, today, partners)
        : null,
    notes: category === 'teacher' && rand() < 0.04 ? '入选中青年骨干教师国（境）外培训基金资助计划' : null,
  };
  const person: DemoPerson = {
    name: named.name,
    category,
    department: department.code,
    position,
    nationality,
    traveller: !foreign && hasPassport,
    senior: seniorPositions.has(position),
  };
  return { values, person };
}
