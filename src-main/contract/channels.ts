import { z } from 'zod';
import { formHtmlInputSchema, type FormHtml } from './forms';
import { planCompletionInputSchema, type PlansCompletion } from './annualPlans';
import { budgetSummaryInputSchema, type BudgetSummary } from './budgets';
import type { AppInfo, Settings } from './installation';
import { partnerActivityInputSchema, type PartnerActivity } from './partners';
import { reminderListInputSchema, reminderSettingsSchema, type ReminderList } from './reminders';
import type { TodayOverview } from './today';
import { holidayScheduleSchema, holidayScheduleYearSchema, type HolidayScheduleDto, type HolidayScheduleSaved } from './holidayCalendar';
import type { RegisterDef } from './register';
import { travelStandardEstimateInputSchema, type TravelStandardEstimate } from './travelStandards';
import {
  adjustEvaluationInputSchema,
  evaluationInputSchema,
  reportHtmlInputSchema,
  targetsInputSchema,
  type DepartmentEvaluation,
  type EvaluationTable,
  type TargetsReport,
} from './targets';
import {
  conflictRefSchema,
  conflictResolveSchema,
  syncExportInputSchema,
  syncImportInputSchema,
  type ConflictDetail,
  type ConflictSummary,
  type ExportedBundle,
  type SyncImportReport,
  type SyncStatus,
} from './sync';
import {
  approveJoinInputSchema,
  enrolInputSchema,
  joinRequestInputSchema,
  pickedBundleSchema,
  revokeInputSchema,
  type EnrolResultDto,
  type EnrolmentOfferDto,
  type JoinRequestDto,
  type ReEnrolmentDto,
  type TrustDto,
} from './trust';
import { bulkActionInputSchema, type BulkReport } from './bulk';
import { listPreferencesSchema } from './listPreferences';
import { fileHandleSchema, type FileAccess, type FileHandle } from './files';
import { repairRebuildInputSchema, repairSaveCopyInputSchema, type DataHealth, type RebuildReport } from './health';
import {
  getRecordSchema,
  listQuerySchema,
  putRecordSchema,
  recordRefSchema,
  restoreVersionSchema,
  sameRecordsSchema,
  registerNameSchema,
  type FileRef,
  type HistoryEntry,
  type ListPage,
  type RecordDto,
  type RegisterStats,
} from './records';
import {
  xlsxBudgetInputSchema,
  xlsxExportInputSchema,
  xlsxImportInputSchema,
  xlsxRefusedRowsInputSchema,
  xlsxTableInputSchema,
  xlsxTemplateInputSchema,
  type SheetImportReport,
} from './xlsx';
import { keyProtectSchema, keyUnlockSchema, type KeyStatusDto } from './keys';
import {
  backupCreateInputSchema,
  backupFileInputSchema,
  backupPassphraseInputSchema,
  backupRestoreInputSchema,
  backupSettingsInputSchema,
  type BackupInfo,
  type BackupStatus,
  type BackupVerifyReport,
  type RestoreReport,
} from './backup';

const none = z.object({}).strict();

/** The input fields of a channel that are file handles, with what the call does to each file. */
const reads = { file: 'read' } as const satisfies Record<string, FileAccess>;
const writes = { target: 'write' } as const satisfies Record<string, FileAccess>;

/**
 * Every operation the UI can perform: its input schema (checked by dispatch, because the renderer is
 * untrusted), its output type, and which input fields are file handles (`files`), which the transport that
 * issued them maps to paths for the call. Transports (Electron IPC, web host, tests) carry exactly these.
 */
export const channels = {
  'app.info': { input: none, output: {} as AppInfo },
  'settings.get': { input: none, output: {} as Settings },
  'settings.set': {
    input: z
      .object({
        locale: z.enum(['zh', 'en']).optional(),
        colorScheme: z.enum(['light', 'dark', 'auto']).optional(),
        reminders: reminderSettingsSchema.optional(),
        /** Replaces the preferences of the registers named, leaving the others as they are. */
        lists: z.record(registerNameSchema, listPreferencesSchema).optional(),
      })
      .strict(),
    output: {} as Settings,
  },
  'registers.describe': { input: none, output: [] as RegisterDef[] },
  'records.list': { input: listQuerySchema, output: {} as ListPage },
  'records.get': { input: getRecordSchema, output: {} as RecordDto },
  'records.put': { input: putRecordSchema, output: {} as RecordDto },
  'records.delete': { input: recordRefSchema, output: {} as RecordDto },
  'records.restore': { input: recordRefSchema, output: {} as RecordDto },
  'records.history': { input: recordRefSchema, output: [] as HistoryEntry[] },
  /** Delete many records, or assign them to a department (office), each through the gate; the report names each refusal. */
  'records.bulk': { input: bulkActionInputSchema, output: {} as BulkReport },
  'records.restoreVersion': { input: restoreVersionSchema, output: {} as RecordDto },
  'records.same': { input: sameRecordsSchema, output: [] as { id: string; title: string }[] },
  'records.options': {
    input: z
      .object({ register: registerNameSchema, search: z.string().max(100).optional(), ids: z.array(z.string()).max(200).optional() })
      .strict(),
    output: [] as { id: string; title: string; department: string }[],
  },
  'stats.get': { input: none, output: [] as RegisterStats[] },
  'reminders.list': { input: reminderListInputSchema, output: {} as ReminderList },
  'today.overview': { input: none, output: {} as TodayOverview },
  /** A year's holiday schedule as ranges, for the form that enters it. */
  'calendar.schedule': { input: holidayScheduleYearSchema, output: {} as HolidayScheduleDto },
  /** A year's schedule entered or corrected in one go: the days off and worked, the notice's number and date. */
  'calendar.enterSchedule': { input: holidayScheduleSchema, output: {} as HolidayScheduleSaved },
  'partners.activity': { input: partnerActivityInputSchema, output: {} as PartnerActivity },
  'budgets.summary': { input: budgetSummaryInputSchema, output: {} as BudgetSummary },
  'annualPlans.completion': { input: planCompletionInputSchema, output: {} as PlansCompletion },
  'targets.report': { input: targetsInputSchema, output: {} as TargetsReport },
  'targets.evaluation': { input: evaluationInputSchema, output: {} as EvaluationTable },
  'targets.adjustEvaluation': { input: adjustEvaluationInputSchema, output: {} as DepartmentEvaluation },
  'targets.reportHtml': { input: reportHtmlInputSchema, output: {} as { html: string } },
  /** A record's printed form (审批表, 公示, …) as a print-ready A4 page: the same HTML `waiban forms` prints to PDF. */
  'forms.html': { input: formHtmlInputSchema, output: {} as FormHtml },
  'delegations.travelStandard': { input: travelStandardEstimateInputSchema, output: {} as TravelStandardEstimate },
  /** A picked document, copied into the data folder under its hash. */
  'files.put': { input: z.object({ file: fileHandleSchema }).strict(), output: {} as FileRef, files: reads },
  'xlsx.template': { input: xlsxTemplateInputSchema, output: {} as FileHandle, files: writes },
  'xlsx.export': { input: xlsxExportInputSchema, output: {} as FileHandle, files: writes },
  'xlsx.exportBudget': { input: xlsxBudgetInputSchema, output: {} as FileHandle, files: writes },
  'xlsx.saveTable': { input: xlsxTableInputSchema, output: {} as FileHandle, files: writes },
  /** The dry run: every row checked and saved as the import would, then rolled back. */
  'xlsx.preview': { input: xlsxImportInputSchema, output: {} as SheetImportReport, files: reads },
  'xlsx.import': { input: xlsxImportInputSchema, output: {} as SheetImportReport, files: reads },
  /** The rows the dry run refuses, with their reasons, as a workbook written to the target the person chose. */
  'xlsx.refusedRows': { input: xlsxRefusedRowsInputSchema, output: {} as FileHandle, files: { file: 'read', target: 'write' } },
  /** A stored document, written to the target the person chose. */
  'files.get': {
    input: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), target: fileHandleSchema }).strict(),
    output: {} as FileHandle,
    files: writes,
  },
  'sync.status': { input: none, output: {} as SyncStatus },
  'sync.export': { input: syncExportInputSchema, output: {} as ExportedBundle, files: writes },
  'sync.preview': { input: syncImportInputSchema, output: {} as SyncImportReport, files: reads },
  'sync.import': { input: syncImportInputSchema, output: {} as SyncImportReport, files: reads },
  'conflicts.list': { input: none, output: [] as ConflictSummary[] },
  'conflicts.get': { input: conflictRefSchema, output: {} as ConflictDetail },
  'conflicts.resolve': { input: conflictResolveSchema, output: {} as RecordDto },
  'sync.trust': { input: none, output: {} as TrustDto },
  'sync.joinRequest': { input: joinRequestInputSchema, output: {} as JoinRequestDto & { file: FileHandle }, files: writes },
  'sync.readJoinRequest': { input: pickedBundleSchema, output: {} as JoinRequestDto, files: reads },
  'sync.enrol': { input: approveJoinInputSchema, output: {} as EnrolResultDto, files: { file: 'read', target: 'write' } },
  /** Before enrolment: the office key an enrolment bundle would pin, and its preview (nothing written). */
  'sync.readEnrolment': { input: pickedBundleSchema, output: {} as EnrolmentOfferDto, files: reads },
  'sync.acceptEnrolment': { input: enrolInputSchema, output: {} as TrustDto, files: reads },
  'sync.revoke': { input: revokeInputSchema, output: {} as TrustDto },
  /** A laptop whose identity forked: a new identity for its data, and the replacement request for the office. */
  'sync.reEnrol': { input: joinRequestInputSchema, output: {} as JoinRequestDto & { file: FileHandle }, files: writes },
  'sync.reEnrolment': { input: none, output: null as ReEnrolmentDto | null },
  'keys.status': { input: none, output: {} as KeyStatusDto },
  'keys.unlock': { input: keyUnlockSchema, output: {} as KeyStatusDto },
  'keys.protect': { input: keyProtectSchema, output: {} as KeyStatusDto },
  'keys.unprotect': { input: keyUnlockSchema, output: {} as KeyStatusDto },
  'backup.status': { input: none, output: {} as BackupStatus },
  /** Every backup in the backup folder, whoever's, newest first, damaged ones with why. */
  'backup.list': { input: none, output: [] as BackupInfo[] },
  'backup.create': { input: backupCreateInputSchema, output: {} as BackupInfo },
  'backup.verify': { input: backupFileInputSchema, output: {} as BackupVerifyReport },
  /** Replaces this data folder's data with the backup's, after backing it up; the app then opens the restored data. */
  'backup.restore': { input: backupRestoreInputSchema, output: {} as RestoreReport },
  'backup.settings': { input: backupSettingsInputSchema, output: {} as BackupStatus },
  'backup.passphrase': { input: backupPassphraseInputSchema, output: {} as BackupStatus },
  /** SQLite's page check run again now (the full one), and the data folder's permissions. */
  'repair.check': { input: none, output: {} as DataHealth },
  /** The database file as it is, damaged pages and all, copied to a target the person chose. */
  'repair.saveCopy': { input: repairSaveCopyInputSchema, output: {} as FileHandle, files: writes },
  /** A new database from what can still be read and the change log replayed; the app then opens it. */
  'repair.rebuild': { input: repairRebuildInputSchema, output: {} as RebuildReport },
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = Channels[C]['output'];

export const isChannelName = (name: string): name is ChannelName => Object.prototype.hasOwnProperty.call(channels, name);

/** The input fields of a channel that are file handles, and whether the call reads or writes each; none for most. */
export const channelFiles = (channel: ChannelName): Readonly<Record<string, FileAccess>> => {
  const entry = channels[channel];
  return 'files' in entry ? entry.files : {};
};
