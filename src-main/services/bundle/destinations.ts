import { AppError, type Destination } from '../../contract';
import { visibleToDepartments } from '../../core/bundle/visibility';
import type { Change } from '../../db/changeLog';
import type { ServiceContext } from '../context';
import { liveDepartmentCodes } from '../departmentNames';
import { officeSegmentsToReturn } from './officeReturn';
import { keptSegmentsOfOthers } from './receivedSegments';
import { acknowledgedSeq, sealNewSegmentsInSteps, segmentsAfter } from './segments';
import { sealStream, streamSegments } from './streams';

/** A segment as a bundle carries it, whoever sealed it. */
export interface OutgoingSegment {
  author: string;
  seq: number;
  prev: string;
  sha256: string;
  count: number;
  content: Buffer;
  signature: string;
}

const refuse = (zh: string, en: string) => new AppError('FORBIDDEN', { zh, en });

/** The departments a `department:A+B` destination names: a laptop may answer for more than one. */
export const departmentsOf = (to: Destination): string[] => to.slice('department:'.length).split('+');

/** The destination of a department laptop: its departments, sorted, so every export to it uses one stream. */
export const departmentDestination = (departments: string[]): Destination =>
  `department:${[...departments].sort().join('+')}` as Destination;

/**
 * The destinations this installation may export to: a laptop sends to the office; the office to each
 * department, to each enrolled laptop answering for several departments at once, or to review.
 */
export function destinationsOf(ctx: ServiceContext): Destination[] {
  if (ctx.self.role === 'department') return ['office'];
  if (ctx.self.role !== 'office') return [];
  const single = [...liveDepartmentCodes(ctx)].sort().map((d) => departmentDestination([d]));
  const laptops = ctx.sqlite
    .prepare(`SELECT "departments" FROM "installation" WHERE "role" = 'department' AND "status" = 'active'`)
    .pluck()
    .all() as string[];
  const several = laptops
    .map((d) => JSON.parse(d) as string[])
    .filter((d) => d.length > 1)
    .map(departmentDestination);
  return [...new Set([...single, ...several.sort()]), 'review'];
}

const readOnlyExport = () =>
  refuse('本机为只读审阅安装，不导出数据包。', 'This is a read-only review installation; it exports no bundles.');

function checkAllowed(ctx: ServiceContext, to: Destination): void {
  const role = ctx.self.role;
  if (role === 'review') throw readOnlyExport();
  if (to === 'office' && role === 'office')
    throw refuse('本机就是外事办：请选择院系部或领导审阅。', 'This is the office: choose a department or review.');
  if (to !== 'office' && role !== 'office')
    throw refuse(
      '只有外事办能向院系部或领导审阅导出数据包；本机只能导出给外事办。',
      'Only the office exports to departments or review; this installation exports to the office.',
    );
  const unknown = to.startsWith('department:') ? departmentsOf(to).find((code) => !liveDepartmentCodes(ctx).has(code)) : undefined;
  if (unknown !== undefined) {
    const code = unknown;
    throw new AppError('VALIDATION', {
      zh: `部门名录中没有代码为 ${code} 的部门。`,
      en: `No department with code ${code} in the department register.`,
    });
  }
}

/** Does a laptop of these departments see this change: the department of the new value or of a version it replaces. */
function forDepartments(ctx: ServiceContext, codes: string[]): (c: Change) => boolean {
  return (c) => {
    const def = ctx.stores.get(c.register)!.def;
    const owners = [c.department, ...c.parents.map((p) => ctx.changes.get(p)?.department ?? null)];
    return visibleToDepartments(def, codes, owners);
  };
}

/**
 * The segments a bundle for this destination carries, from stored signed content only:
 * - to the office: this installation's own segments since the office's last acknowledgement (or all), and the
 *   office's own segments it no longer carries, after it was restored from a backup (officeReturn.ts);
 * - to a department: the office's own changes that department may see, in that department's stream;
 * - to review: everything — the office's own segments and every segment it received, relayed with the
 *   authors' signatures, so the review copy checks each author itself.
 */
export async function segmentsFor(ctx: ServiceContext, to: Destination | undefined, full: boolean): Promise<OutgoingSegment[]> {
  // Without a destination (`bundle export`): this installation's own segments, except on a review computer.
  if (to !== undefined) checkAllowed(ctx, to);
  else if (ctx.self.role === 'review') throw readOnlyExport();
  if (to === undefined || to === 'office') {
    await sealNewSegmentsInSteps(ctx);
    return [...segmentsAfter(ctx, full ? 0 : acknowledgedSeq(ctx)), ...(to === 'office' ? officeSegmentsToReturn(ctx) : [])];
  }
  if (to === 'review') {
    await sealNewSegmentsInSteps(ctx);
    return [...segmentsAfter(ctx, 0), ...keptSegmentsOfOthers(ctx)];
  }
  const stream = to;
  sealStream(ctx, stream, forDepartments(ctx, departmentsOf(to)));
  return streamSegments(ctx, stream).map((s) => ({ ...s, author: ctx.self.id }));
}
