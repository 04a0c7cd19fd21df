import type { Change } from '../../db/changeLog';
import { bundleRefusal } from '../../core/bundle/refusal';

const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;

/**
 * A change as it arrived in a segment, checked for the form the change log stores: a signed segment can still
 * have been written by a faulty or hostile program, and nothing of unknown shape may reach the database.
 */
export function readChange(raw: unknown, registers: ReadonlySet<string>): Change {
  const c = raw as Record<string, unknown>;
  const ok =
    typeof raw === 'object' &&
    raw !== null &&
    isString(c.id) &&
    isString(c.register) &&
    registers.has(c.register) &&
    isString(c.recordId) &&
    (c.op === 'put' ? typeof c.data === 'object' && c.data !== null && !Array.isArray(c.data) : c.op === 'delete' && c.data === null) &&
    isString(c.department) &&
    isString(c.author) &&
    Number.isSafeInteger(c.authorSeq) &&
    (c.authorSeq as number) > 0 &&
    typeof c.hlc === 'string' &&
    /^\d{15}-\d{6}-.+$/.test(c.hlc) &&
    Array.isArray(c.parents) &&
    c.parents.every(isString);
  if (!ok) {
    const id = isString(c?.id) ? c.id : '?';
    throw bundleRefusal(`变更 ${id} 的格式不正确，数据包无法导入。`, `Change ${id} is malformed; the bundle cannot be imported.`);
  }
  const { id, register, recordId, op, data, department, author, authorSeq, hlc, parents } = c;
  return { id, register, recordId, op, data, department, author, authorSeq, hlc, parents } as Change;
}
