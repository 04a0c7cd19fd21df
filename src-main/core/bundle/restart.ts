/**
 * Numbering after a restore (docs/bundles.md, "Restore"). A restored installation cannot know what its lost copy
 * numbered after the backup was taken, and others may hold it: changes under its author numbers, segments, bundles,
 * roster versions. So every number it hands out next continues above a floor taken from the time of the restore:
 * nothing numbers faster than `numbersPerMs` a millisecond (a bulk import writes about a hundred changes a
 * millisecond at most), so whatever the lost copy numbered after the backup — and whatever an earlier restore from
 * the same backup numbered before it was lost in turn — lies below the floor of a later restore.
 */
export const numbersPerMs = 128;

/** Where the floor's count starts: numbers stay well inside JavaScript's exact integers for centuries. */
const origin = Date.UTC(2024, 0, 1);

export const restartFloor = (nowMs: number): number => Math.max(0, nowMs - origin) * numbersPerMs;

/**
 * A hole this wide between two numbers of one author is a restore's new start, not changes still to come: no
 * bundle leaves out sixteen million changes of one author, and two restores a few minutes apart already start this
 * far apart.
 */
export const restartGap = 2 ** 24;

export const isRestartJump = (before: number, after: number): boolean => after - before > restartGap;
