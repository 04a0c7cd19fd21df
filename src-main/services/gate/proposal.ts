import type { FieldValue, InstallationDto, RegisterDef } from '../../contract';
import type { Change } from '../../db/changeLog';

export type Values = Record<string, FieldValue>;

/** A change about to be written, whoever makes it: a form, the CLI, a spreadsheet row, the demo, a bundle. */
export interface Proposal {
  def: RegisterDef;
  recordId: string;
  op: 'put' | 'delete';
  /** After a put, the record's values; null for a delete. */
  values: Values | null;
  /** The department the change says it belongs to; absent for a local edit, whose department is its record's. */
  department?: string;
  /** The versions the change supersedes: the heads its author saw. */
  parents: string[];
  author: InstallationDto;
}

/** A version of a record as the gate reads it: which record, whose, and its values (null: deleted). */
export type Version = Pick<Change, 'id' | 'register' | 'recordId' | 'op' | 'data' | 'department'>;

/**
 * What the gate reads of this installation, asked the same way for a local edit (of the database) and for an
 * arriving change (of the database and the bundle's earlier changes).
 */
export interface GateView {
  /** A version known here: in the change log, or arriving in the same bundle. */
  version(changeId: string): Version | undefined;
  /**
   * The record as held here before the change (its owner; `context` when held only as another's record to show),
   * or undefined when no version of it is known.
   */
  held(def: RegisterDef, recordId: string): { owner: string | null; values?: Values | null; context?: boolean } | undefined;
  /** The register a record id already belongs to, if it belongs to one. */
  registerOf(recordId: string): string | undefined;
  /** Department codes a value may name. */
  departments: ReadonlySet<string>;
  /** The day the change is judged on (the template and rules in force). */
  today: string;
}

/** Only the gate makes an Admission: the writer takes nothing else, so no path writes past the gate. */
declare const admitted: unique symbol;

/** What the gate lets through: the values to write (normalised) and the department that owns them. */
export interface Admission {
  readonly [admitted]: true;
  values: Values | null;
  owner: string;
  /** The version the values were checked against (of a change's parents, the one it passes against). */
  previous: Values | undefined;
}
