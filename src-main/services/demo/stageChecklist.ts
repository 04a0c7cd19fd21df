import type { FileRef, TableRow } from '../../contract';
import { pickOne } from '../../core/random';

type Rand = () => number;

export interface StageSituation {
  /** The register's statuses in workflow order. */
  order: string[];
  /** The furthest status the record has reached. */
  reached: string;
  /** The day an item required before `stage` was dealt with. */
  dateOf: (key: string, stage: string) => string;
  evidence: FileRef;
  reviewers: string[];
}

/**
 * A checklist as the office leaves it: every item required before a stage the record has reached is done
 * (with its document where one is needed), the rest still pending, so the record obeys the gate.
 */
export function checklistUpTo(rand: Rand, items: TableRow[], s: StageSituation): TableRow[] {
  const reached = s.order.indexOf(s.reached);
  return items.map((item) => {
    const stage = String(item.requiredBefore);
    const at = s.order.indexOf(stage);
    if (at < 0 || at > reached) return item;
    const key = String(item.key ?? '');
    return {
      ...item,
      status: 'done',
      reviewer: pickOne(rand, s.reviewers),
      date: s.dateOf(key, stage),
      evidence: item.evidenceNeeded === true ? s.evidence : null,
    };
  });
}
