import type { Localized } from './localized';

/**
 * A register described as data. The same description drives the form, the list, the detail view, the
 * history panel, validation, the database columns and (later) xlsx templates and bundles, so a field is
 * added in one place. Descriptions are plain JSON: the renderer receives them through `registers.describe`.
 */
export type RegisterName =
  | 'fund'
  | 'allocation'
  | 'expense'
  | 'department'
  | 'partner'
  | 'agreement'
  | 'plan'
  | 'planTarget'
  | 'planTask'
  | 'person'
  | 'delegation'
  | 'checklistTemplate'
  | 'program'
  | 'mobility'
  | 'conference'
  | 'expert'
  | 'studentIntake'
  | 'training'
  | 'annualPlan'
  | 'annualFigure'
  | 'departmentEvaluation'
  | 'travelStandard'
  | 'rule'
  | 'holidayCalendar'
  | 'formTemplate';

export type FieldType =
  | 'text' // one line
  | 'longText'
  | 'enum'
  | 'enumList'
  | 'date' // ISO YYYY-MM-DD
  | 'boolean'
  | 'integer'
  | 'url'
  | 'email'
  | 'ref' // id of a record in another register
  | 'department' // department code
  | 'departmentList'
  | 'file' // { sha256, name, size } of a document copied into the data folder
  | 'table' // rows of sub-fields kept inside the record (members, itinerary legs, checklist items)
  | 'money' // integer minor units of the currency named by `currencyField` (CNY when absent)
  | 'decimal'; // an exact decimal kept as text (exchange rates)

export interface EnumOption {
  value: string;
  label: Localized;
  color?: string;
}

export interface FieldDef {
  key: string;
  type: FieldType;
  label: Localized;
  required?: boolean;
  /** For enum and enumList. */
  options?: EnumOption[];
  /** For ref: the register referred to. */
  ref?: RegisterName;
  maxLength?: number;
  min?: number;
  max?: number;
  help?: Localized;
  /** Default for new records (a literal; 'today' for dates). */
  defaultValue?: string | number | boolean | string[];
  /** Unique among live records of the register (e.g. department code). */
  unique?: boolean;
  /** For table: the fields of one row (no tables inside tables). */
  columns?: FieldDef[];
  /** Computed from the other fields on every save; never entered, shown in lists and on the record. */
  derived?: boolean;
  /** Personal data shown masked in lists, exports and history unless the user reveals it (which is logged). */
  masked?: boolean;
  /** For money: the field holding the currency code; absent means CNY. */
  currencyField?: string;
  /** For ref: a department installation may only choose records of its own departments (people on its trips). */
  refScope?: 'ownDepartments';
  /** Set only by the office (an approval it gives); a department's change that alters it is refused. */
  officeOnly?: boolean;
  /**
   * Asked only of records of one kind (an inbound visit's "visitors include officials"): the form and the record page
   * leave it out for the others, unless it holds a value.
   */
  shownWhen?: { field: string; values: string[] };
  /** For a date: the date (of the same record or row) whose month its calendar opens at while it is empty, an end near its start. */
  calendarNear?: string;
}

/**
 * One titled group of a register's fields, as the form and the record page show them. A group filled in at a later
 * stage (passports returned, the report) names the status it starts from: before that status it is folded, unless one
 * of its fields already holds a value.
 */
export interface FieldSection {
  key: string;
  label: Localized;
  fields: string[];
  fromStatus?: string;
}

/**
 * enum: the field equals the value; department: likewise for the owner; expiryWindow: days until expiry or
 * 'lapsed'; refEnum: a field of the referenced record; listContains: an enumList field holds the value;
 * dateRange: 'from..to' (either end may be empty) on a date field; tableRef: a table's rows refer to the id
 * ("members.person"); ref: a reference field is the id (expenses of one delegation). tableRef and ref filters
 * are set by links from other pages, not offered in the list toolbar.
 */
export type FilterKind = 'enum' | 'department' | 'expiryWindow' | 'refEnum' | 'listContains' | 'dateRange' | 'tableRef' | 'ref';

export interface FilterDef {
  key: string;
  kind: FilterKind;
  label: Localized;
  /** The field filtered on; for refEnum "partner.country" reads a field of the referenced record. */
  field: string;
  options?: EnumOption[];
}

/** Status moves a register allows; the form offers only these. */
export type Transitions = Record<string, string[]>;

export interface RegisterDef {
  name: RegisterName;
  label: Localized;
  /** Field whose value names a record in lists, references and history. */
  titleField: string;
  fields: FieldDef[];
  listColumns: string[];
  /** Fields whose text (and, for refs, the referenced record's title) is searchable. */
  searchFields: string[];
  filters: FilterDef[];
  sortable: string[];
  defaultSort: { field: string; direction: 'asc' | 'desc' };
  /**
   * Which department owns a record: a department field of the record, or a fixed department for reference
   * data that only the office keeps.
   */
  ownership: { field: string } | { fixed: string };
  statusField?: string;
  transitions?: Transitions;
  /** Statuses only the office moves a record into: the approvals it gives. */
  officeStatuses?: string[];
  /** The fields a move's confirmation asks for, by status, saved with the move (an approval's number and date). */
  moveFields?: Record<string, string[]>;
  /** Field holding an expiry date that earns the "expires within N days" badge. */
  expiryField?: string;
  /** What expires, as the badge names it ("护照已过期 289 天"). */
  expiryLabel?: Localized;
  /** Statuses in which that date matters (an agreement in force, an expert in post); absent: always. */
  expiryStatuses?: string[];
  /**
   * The table field holding this record's review checklist. A status move is refused while an item required
   * before the new status (in the status options' order) is not done; moves to `exemptStatuses` (cancelled)
   * are never blocked.
   */
  checklist?: { field: string; exemptStatuses: string[] };
  /** The date that says when something happened with the partner (signing, a trip, a conference): partner 360 and dormancy read it. */
  activityField?: string;
  /** Only the office may write (reference data). */
  officeOnly?: boolean;
  /**
   * Field sets that, all equal (text without case or surrounding spaces), suggest one thing entered twice (a partner's
   * name and country): the form and an import warn, naming the record there already; never a refusal.
   */
  sameAs?: string[][];
  /** The form's and the record page's groups of fields; a field named by none comes last, under 其他. Absent: one list. */
  sections?: FieldSection[];
  /** Sent whole to every department's laptop, whoever owns a record: the shared list departments pick from. */
  sharedWithDepartments?: boolean;
  /** Shown in navigation (reference registers can be hidden behind another page later). */
  nav: boolean;
  icon: string;
}
