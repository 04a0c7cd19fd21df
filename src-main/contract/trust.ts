import { z } from 'zod';
import { fileHandleSchema, type FileHandle } from './files';
import type { InstallationDto, Role } from './installation';
import type { SyncImportReport } from './sync';

/** One installation as the roster held here lists it. */
export interface RosterInstallationDto {
  id: string;
  name: string;
  role: Role;
  departments: string[];
  status: 'active' | 'revoked';
  /** For a revoked installation: its last segment still trusted. */
  lastGoodSeq: number | null;
  enrolledAt: string;
  fingerprint: string;
}

/** Trust as this installation holds it: itself, the pinned office key, the roster in force. */
export interface TrustDto {
  self: InstallationDto;
  officeId: string | null;
  /** The pinned office key's fingerprint, in groups of four hex digits to read aloud; null until enrolled. */
  officeFingerprint: string | null;
  rosterVersion: number | null;
  rosterIssued: string | null;
  installations: RosterInstallationDto[];
}

/**
 * The identity a replacement request replaces (a computer whose identity forked: restored from an older copy, it wrote
 * before importing), as the roster held where it is read lists it; name and fingerprint are null when it lists none.
 */
export interface ReplacedInstallationDto {
  id: string;
  name: string | null;
  fingerprint: string | null;
  departments: string[];
  status: 'active' | 'revoked' | null;
}

/** What a join request asks for, shown at the office before it is approved. */
export interface JoinRequestDto {
  id: string;
  name: string;
  role: Role;
  departments: string[];
  created: string;
  fingerprint: string;
  /** Set when the request comes from a computer replacing its own forked identity. */
  replaces?: ReplacedInstallationDto;
}

/** A laptop enrolled again under a new identity after its old one forked: where the recovery stands. */
export interface ReEnrolmentDto {
  previous: ReplacedInstallationDto;
  requestedAt: string;
  /** `requested` until the office's enrolment bundle for the new identity is imported, then `enrolled`. */
  state: 'requested' | 'enrolled';
  /** Records the office never received, written again as changes of the new identity. */
  carried: number;
  /** Records the gate refused to carry over (outside the departments granted, a rule): kept here, named with the reason. */
  refused: { register: string; recordId: string; title: string; reason: { zh: string; en: string } }[];
}

/** The office's answer to a join request: what was approved, and the enrolment bundle it wrote to hand back. */
export interface EnrolResultDto {
  file: FileHandle;
  request: JoinRequestDto;
  /** The departments the roster lists it for: those asked for, or those the office approved instead. */
  departments: string[];
  rosterVersion: number;
  /** False when it was already enrolled with this key and only the bundle was written again. */
  added: boolean;
  /** For a replacement request: the forked identity retired, trusted up to its last good segment. */
  retired: { id: string; name: string; lastGoodSeq: number } | null;
}

/** An enrolment bundle as the laptop sees it before trusting it: the office key it would pin, and what it brings. */
export interface EnrolmentOfferDto {
  officeFingerprint: string;
  report: SyncImportReport;
}

/** A fingerprint's hex digits alone, upper case: how a typed or read-out fingerprint is compared with the key's. */
export const fingerprintDigits = (fp: string): string => fp.replace(/[\s:-]/g, '').toUpperCase();

/** Groups of hex digits as shown; spaces, dashes and case do not matter. */
export const fingerprintSchema = z.string().min(8).max(100);

/** A picked join request or enrolment bundle, read before anything is decided. */
export const pickedBundleSchema = z.object({ file: fileHandleSchema }).strict();
/** An enrolment bundle (sync.acceptEnrolment) with the fingerprint the person confirmed. */
export const enrolInputSchema = z.object({ file: fileHandleSchema, fingerprint: fingerprintSchema }).strict();
/**
 * The office's approval of a join request, with the fingerprint it confirmed, where the enrolment bundle goes
 * (`target`), and `departments` when it approves others than those asked for.
 */
export const approveJoinInputSchema = enrolInputSchema
  .extend({
    target: fileHandleSchema,
    departments: z.array(z.string().min(1).max(32)).min(1).max(50).optional(),
    /** For a replacement request: the id of the identity it replaces, confirming the office means to retire it. */
    replaces: z.string().uuid().optional(),
  })
  .strict();
/** A new installation's join request, written to the target the person chose. */
export const joinRequestInputSchema = z.object({ target: fileHandleSchema }).strict();
export const revokeInputSchema = z.object({ installation: z.string().uuid() }).strict();
