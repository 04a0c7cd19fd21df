import type { FieldIssue, FieldValue } from '../contract';
import { issue } from '../core/checks';
import { personCategories } from '../core/registers/person';
import type { ServiceContext } from './context';
import { departmentName } from './departmentNames';

type Values = Record<string, FieldValue>;
type Row = Record<string, string | null>;

/** A live record's columns, or undefined (the reference checks have already refused a missing one). */
const columnsOf = (ctx: ServiceContext, register: string, id: FieldValue | undefined, columns: string[]): Row | undefined =>
  id
    ? (ctx.sqlite
        .prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${register}" WHERE "id" = ? AND "deleted" = 0`)
        .get(id) as Row | undefined)
    : undefined;

const partnerName = (ctx: ServiceContext, id: string | null | undefined) =>
  id ? (columnsOf(ctx, 'partner', id, ['nameZh'])?.nameZh ?? id) : '—';

/** The person chosen is of the category the register is about (a student abroad, a foreign expert hired). */
function personOfCategory(ctx: ServiceContext, field: string, id: FieldValue | undefined, category: string): FieldIssue[] {
  const person = columnsOf(ctx, 'person', id, ['name', 'category']);
  if (!person || person.category === category) return [];
  const label = (value: string | null | undefined) =>
    personCategories.find((c) => c.value === value)?.label ?? { zh: String(value), en: String(value) };
  const [is, wanted] = [label(person.category), label(category)];
  return [
    issue(
      field,
      `“${String(person.name)}”在人员库中是${is.zh}，这里须选择${wanted.zh}`,
      `"${String(person.name)}" is listed as ${is.en.toLowerCase()}; choose a ${wanted.en.toLowerCase()}`,
    ),
  ];
}

/** A program's agreement is one signed with the program's partner. */
export function programRules(ctx: ServiceContext, values: Values): FieldIssue[] {
  const agreement = columnsOf(ctx, 'agreement', values.agreement, ['title', 'partner']);
  if (!agreement || agreement.partner === values.partner) return [];
  const other = partnerName(ctx, agreement.partner);
  return [
    issue(
      'agreement',
      `协议“${String(agreement.title)}”是与${other}签订的，不是本项目的合作院校`,
      `"${String(agreement.title)}" was signed with ${other}, not with this program's partner`,
    ),
  ];
}

/** The traveller is a student; a stay on a program is at the program's partner. */
export function mobilityRules(ctx: ServiceContext, values: Values): FieldIssue[] {
  const issues = personOfCategory(ctx, 'student', values.student, 'student');
  const program = columnsOf(ctx, 'program', values.program, ['title', 'partner']);
  if (program && program.partner !== values.partner) {
    const host = partnerName(ctx, program.partner);
    issues.push(
      issue(
        'partner',
        `项目“${String(program.title)}”的合作院校是${host}，接收院校应与之一致`,
        `The program "${String(program.title)}" is with ${host}; the host must be the same`,
      ),
    );
  }
  return issues;
}

/** A conference is paid from its own department's allocation, as its expenses are. */
export function conferenceRules(ctx: ServiceContext, values: Values): FieldIssue[] {
  const allocation = columnsOf(ctx, 'allocation', values.allocation, ['title', 'department']);
  if (!allocation || allocation.department === values.department) return [];
  const owner = departmentName(ctx, String(allocation.department));
  const host = departmentName(ctx, String(values.department));
  return [
    issue(
      'allocation',
      `“${String(allocation.title)}”分配给${owner.zh}，不能列支${host.zh}的会议`,
      `"${String(allocation.title)}" belongs to ${owner.en}; it cannot pay for a conference of ${host.en}`,
    ),
  ];
}

/** The person hired is a foreign expert in the people register. */
export const expertRules = (ctx: ServiceContext, values: Values): FieldIssue[] =>
  personOfCategory(ctx, 'person', values.person, 'foreignExpert');
