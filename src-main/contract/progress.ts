/**
 * How far a long call has got, sent while it runs (the rows a spreadsheet import has checked or written; later a
 * bundle's changes). A call asks for it through its transport; the handler reports through the function dispatch
 * gives it, whichever transport carries the events.
 */
export interface WorkProgress {
  /** What is being done: rows checked (a dry run) or written; a backup's database copied, its bytes written or checked. */
  stage: 'check' | 'write' | 'snapshot';
  done: number;
  total: number;
}

export type OnProgress = (progress: WorkProgress) => void;
