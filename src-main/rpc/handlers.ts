import type { AppInfo } from '../contract';
import { registers } from '../core/registers';
import { budgetSummary } from '../services/budgetSummary';
import { bulkAction } from '../services/bulkRecords';
import { getConflict, listConflicts, resolveConflict } from '../services/conflicts';
import { syncExport, syncImport, syncStatus } from '../services/sync';
import type { ChangeWriter } from '../services/changeWriter';
import type { ServiceContext } from '../services/context';
import { copyStoredFile, putFile } from '../services/files';
import { planCompletion } from '../services/planCompletion';
import { deleteRecord, putRecord, restoreRecord } from '../services/recordCommands';
import { getRecord, listRecords, recordHistory, recordOptions } from '../services/recordQueries';
import { restoreVersion } from '../services/restoreVersion';
import { sameRecords } from '../services/sameRecords';
import { registerOf } from '../services/context';
import { getSettings, setSettings } from '../services/settings';
import { partnerActivity } from '../services/partnerActivity';
import { listReminders } from '../services/reminders/listReminders';
import { registerStats } from '../services/stats';
import { todayOverview } from '../services/today';
import { enterHolidaySchedule, holidaySchedule } from '../services/holidaySchedule';
import { adjustEvaluation, evaluation } from '../services/targets/evaluation';
import { reportHtml } from '../services/targets/leadershipReport';
import { formHtml } from '../services/forms/printForms';
import { targetsReport } from '../services/targets/targetsReport';
import { travelStandardEstimate } from '../services/travelStandardEstimate';
import { budgetFile, exportFile, importFile, refusedRowsFile, tableFile, templateFile } from '../services/xlsx/sheetFiles';
import { trustSummary } from '../services/trust/roster';
import {
  acceptEnrolment,
  enrolFromFile,
  enrolmentOffer,
  inspectJoinRequest,
  joinRequestFile,
  reEnrolFile,
  revokeInstallation,
} from '../services/trust/trustChannels';
import { reEnrolmentStatus } from '../services/trust/reEnrolment';
import { keyStatus, protectKey, unlockKey, unprotectKey } from '../services/keyProtection';
import { backupInFolder, backupStatus, createBackup, listBackups, verifyBackupFile } from '../services/backup/backups';
import { setBackupPassphrase } from '../services/backup/backupKey';
import { setBackupSettings } from '../services/backup/backupSettings';
import { restoreFromFolder } from '../services/backup/restore';
import { checkNow, rebuildHere, saveDamagedCopy } from '../services/repair/repairChannels';
import { soundDatabase } from '../services/repair/soundDatabase';
import type { HandlerTable } from './dispatch';

/** The one handler table: every channel of the contract, bound to the services. */
export function createHandlers(ctx: ServiceContext, writer: ChangeWriter, info: () => AppInfo): HandlerTable {
  return {
    'app.info': () => info(),
    'settings.get': () => getSettings(ctx),
    'settings.set': (input) => setSettings(ctx, input),
    'registers.describe': () => registers,
    'records.list': (q) => listRecords(ctx, q),
    'records.get': (ref) => getRecord(ctx, ref),
    'records.put': (input) => putRecord(ctx, writer, input),
    'records.delete': (ref) => deleteRecord(ctx, writer, ref),
    'records.restore': (ref) => restoreRecord(ctx, writer, ref),
    'records.history': (ref) => recordHistory(ctx, ref),
    'records.bulk': (input, progress) => bulkAction(ctx, writer, input, progress),
    'records.restoreVersion': (input) => restoreVersion(ctx, writer, input),
    'records.same': (input) => sameRecords(ctx, registerOf(input.register), input.values, input.id),
    'records.options': (input) => recordOptions(ctx, input),
    'stats.get': () => registerStats(ctx),
    'budgets.summary': (input) => budgetSummary(ctx, input),
    'annualPlans.completion': (input) => planCompletion(ctx, input),
    'delegations.travelStandard': (input) => travelStandardEstimate(ctx, input),
    'reminders.list': (input) => listReminders(ctx, input),
    'today.overview': () => todayOverview(ctx),
    'calendar.schedule': ({ year }) => holidaySchedule(ctx, year),
    'calendar.enterSchedule': (input) => enterHolidaySchedule(ctx, writer, input),
    'partners.activity': (input) => partnerActivity(ctx, input),
    'targets.report': (input) => targetsReport(ctx, input),
    'targets.evaluation': (input) => evaluation(ctx, input),
    'targets.adjustEvaluation': (input) => adjustEvaluation(ctx, writer, input),
    'targets.reportHtml': (input) => reportHtml(ctx, input),
    'forms.html': (input) => formHtml(ctx, input),
    'files.put': ({ file }, _, files) => putFile(ctx, files.read(file)),
    'files.get': async ({ sha256, target }, _, files) => (
      await copyStoredFile(ctx, sha256, files.write(target).path),
      files.written(target)
    ),
    'xlsx.template': async ({ register, target }, _, files) => (
      await templateFile(register, files.write(target).path),
      files.written(target)
    ),
    'xlsx.export': async ({ target, ...query }, _, files) => (
      await exportFile(ctx, query, files.write(target).path),
      files.written(target)
    ),
    'xlsx.saveTable': async ({ target, ...table }, _, files) => (await tableFile(table, files.write(target).path), files.written(target)),
    'xlsx.exportBudget': async ({ fiscalYear, target }, _, files) => (
      await budgetFile(ctx, fiscalYear, files.write(target).path),
      files.written(target)
    ),
    'xlsx.preview': ({ file, ...input }, progress, files) =>
      importFile(ctx, writer, { ...input, file: files.read(file).path }, true, progress),
    'xlsx.import': ({ file, ...input }, progress, files) =>
      importFile(ctx, writer, { ...input, file: files.read(file).path }, false, progress),
    'xlsx.refusedRows': async ({ file, target, ...input }, progress, files) => (
      await refusedRowsFile(ctx, writer, { ...input, file: files.read(file).path }, files.write(target).path, progress),
      files.written(target)
    ),
    'sync.status': () => syncStatus(ctx),
    'sync.export': async ({ target, ...input }, progress, files) => ({
      ...(await syncExport(ctx, input, files.write(target).path, progress)),
      file: files.written(target),
    }),
    'sync.preview': ({ file }, progress, files) => syncImport(ctx, files.read(file).path, true, progress),
    'sync.import': ({ file }, progress, files) => syncImport(ctx, files.read(file).path, false, progress),
    'conflicts.list': () => listConflicts(ctx),
    'conflicts.get': (ref) => getConflict(ctx, ref),
    'conflicts.resolve': (input) => resolveConflict(ctx, writer, input),
    'sync.trust': () => trustSummary(ctx),
    'sync.joinRequest': async ({ target }, _, files) => ({
      ...(await joinRequestFile(ctx, files.write(target).path)),
      file: files.written(target),
    }),
    'sync.readJoinRequest': ({ file }, _, files) => inspectJoinRequest(ctx, files.read(file).path),
    'sync.enrol': async ({ file, target, ...input }, _, files) => ({
      ...(await enrolFromFile(ctx, { ...input, file: files.read(file).path }, files.write(target).path)),
      file: files.written(target),
    }),
    'sync.readEnrolment': ({ file }, _, files) => enrolmentOffer(ctx, files.read(file).path),
    'sync.acceptEnrolment': ({ file, fingerprint }, _, files) => acceptEnrolment(ctx, { file: files.read(file).path, fingerprint }),
    'sync.revoke': ({ installation }) => revokeInstallation(ctx, installation),
    'sync.reEnrol': async ({ target }, _, files) => ({
      ...(await reEnrolFile(ctx, files.write(target).path)),
      file: files.written(target),
    }),
    'sync.reEnrolment': () => reEnrolmentStatus(ctx),
    'keys.status': () => keyStatus(ctx),
    'keys.unlock': ({ passphrase }) => (unlockKey(ctx, passphrase), keyStatus(ctx)),
    'keys.protect': ({ passphrase, current }) => (protectKey(ctx, passphrase, current), keyStatus(ctx)),
    'keys.unprotect': ({ passphrase }) => (unprotectKey(ctx, passphrase), keyStatus(ctx)),
    'backup.status': () => backupStatus(ctx),
    'backup.list': () => listBackups(ctx),
    'backup.create': ({ note }, progress) => createBackup(ctx, { kind: 'manual', note }, progress),
    'backup.verify': ({ file }, progress) => verifyBackupFile(ctx, backupInFolder(ctx, file), progress),
    'backup.restore': ({ file }, progress) => restoreFromFolder(ctx, file, progress),
    'backup.settings': (patch) => (setBackupSettings(ctx, patch), backupStatus(ctx)),
    'backup.passphrase': ({ passphrase }) => (setBackupPassphrase(ctx, passphrase), backupStatus(ctx)),
    'repair.check': () => checkNow(ctx),
    'repair.saveCopy': ({ target }, _, files) => (saveDamagedCopy(ctx, files.write(target).path), files.written(target)),
    'repair.rebuild': (_, progress) => (info().health.damaged ? rebuildHere(ctx, progress) : Promise.reject(soundDatabase())),
  };
}
