import type { Generated } from 'kysely';

/** Tables with a fixed shape. Register tables follow their RegisterDef and are reached through RegisterStore. */
export interface MetaTable {
  key: string;
  value: string;
}

export interface InstallationTable {
  id: string;
  name: string;
  role: 'office' | 'department' | 'review';
  departments: string;
  publicKey: Buffer;
  keyId: string;
  createdAt: string;
  status: Generated<'active' | 'revoked'>;
  isSelf: Generated<number>;
  /** Set when revoked: the last of its segments still trusted. */
  lastGoodSeq: Generated<number | null>;
}

/** Every roster version accepted here; the highest is the one in force. */
export interface RosterTable {
  version: number;
  document: Buffer;
  signature: string;
  receivedAt: string;
}

/** The office key this installation trusts to sign rosters (one row once enrolled; the office pins itself). */
export interface OfficePinTable {
  pin: number;
  id: string;
  publicKey: Buffer;
  keyId: string;
  pinnedAt: string;
}

export interface ChangeLogTable {
  seq: Generated<number>;
  id: string;
  register: string;
  recordId: string;
  op: 'put' | 'delete';
  data: string | null;
  department: string;
  author: string;
  authorSeq: number;
  hlc: string;
  parents: string;
}

export interface ConflictHeadTable {
  register: string;
  recordId: string;
  changeId: string;
}

export interface FileBlobTable {
  sha256: string;
  size: number;
  addedAt: string;
}

/** A signed run of one author's changes, kept as exported so a re-export is byte-identical. */
export interface BundleSegmentTable {
  author: string;
  seq: number;
  prev: string;
  sha256: string;
  count: number;
  lastAuthorSeq: number;
  content: Buffer;
  signature: string;
}

/** A signed manifest, reused while the bundle's content (contentKey) is unchanged. */
export interface BundleExportTable {
  sequence: number;
  contentKey: string;
  manifest: Buffer;
  signature: string;
}

export interface StreamSegmentTable {
  stream: string;
  seq: number;
  prev: string;
  sha256: string;
  count: number;
  lastAuthorSeq: number;
  content: Buffer;
  signature: string;
}

/** How far the office's own changes have been scanned for a destination stream (filtered out ones too). */
export interface StreamScanTable {
  stream: string;
  /** The office's own changes the stream carries, up to this sequence number. */
  lastAuthorSeq: number;
  /** How far into the local change log (its `seq`) the stream has been scanned. */
  lastLogSeq: number;
}

export interface ReceivedSegmentTable {
  author: string;
  seq: number;
  prev: string;
  sha256: string;
  count: number;
  content: Buffer;
  signature: string;
  /** 1: content is raw deflate of the segment as signed (kept since migration 0015); 0: the segment itself. */
  deflated: number;
}

export interface BundleAckTable {
  author: string;
  seq: number;
}

export interface BundleImportTable {
  exporter: string;
  sequence: number;
  manifestSha256: string;
  importedAt: string;
  newChanges: number;
}

export interface RecordRevealTable {
  seq: Generated<number>;
  register: string;
  recordId: string;
  /** JSON list of the field keys shown in full. */
  fields: string;
  at: string;
  installation: string;
}

/** Another department's or the office's record a laptop holds only to show and refer to (migration 0017). */
export interface ContextRecordTable {
  register: string;
  id: string;
  owner: string;
  title: string;
  /** The record's values as they travel to a department: JSON, personal data cut (core/bundle/contextRecords.ts). */
  data: string;
  receivedAt: string;
}

export interface Database {
  meta: MetaTable;
  installation: InstallationTable;
  changeLog: ChangeLogTable;
  conflictHead: ConflictHeadTable;
  fileBlob: FileBlobTable;
  recordReveal: RecordRevealTable;
  bundleSegment: BundleSegmentTable;
  bundleExport: BundleExportTable;
  bundleAck: BundleAckTable;
  bundleImport: BundleImportTable;
  streamSegment: StreamSegmentTable;
  streamScan: StreamScanTable;
  receivedSegment: ReceivedSegmentTable;
  roster: RosterTable;
  officePin: OfficePinTable;
  contextRecord: ContextRecordTable;
}
