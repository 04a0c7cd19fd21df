/**
 * How far a long call has got, sent while it runs (the rows a spreadsheet import has checked or written; later a
 * bundle's changes). A call asks for it through its transport; the handler reports through the function dispatch
 * gives it, whichever transport carries the events.
 */
export interface WorkProgress {
  /**
   * What is being done: a picked file's bytes read (the web host's upload; done and total in bytes), rows or
   * segments checked (a dry run, a bundle's signatures), or written; a backup's database copied, its bytes written
   * or checked.
   */
  stage: 'read' | 'check' | 'write' | 'snapshot';
  done: number;
  total: number;
}

export type OnProgress = (progress: WorkProgress) => void;
