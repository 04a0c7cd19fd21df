import type { AppInfo } from '../contract';
import { registers } from '../core/registers';
import { budgetSummary } from '../services/budgetSummary';
import { getConflict, listConflicts, resolveConflict } from '../services/conflicts';
import { syncExport, syncImport, syncStatus } from '../services/sync';
import type { ChangeWriter } from '../services/changeWriter';
import type { ServiceContext } from '../services/context';
import { putFile, readFile } from '../services/files';
import { planCompletion } from '../services/planCompletion';
import { deleteRecord, putRecord, restoreRecord } from '../services/recordCommands';
import { getRecord, listRecords, recordHistory, recordOptions } from '../services/recordQueries';
import { getSettings, setSettings } from '../services/settings';
import { partnerActivity } from '../services/partnerActivity';
import { listReminders } from '../services/reminders/listReminders';
import { registerStats } from '../services/stats';
import { adjustEvaluation, evaluation } from '../services/targets/evaluation';
import { reportHtml } from '../services/targets/leadershipReport';
import { targetsReport } from '../services/targets/targetsReport';
import { travelStandardEstimate } from '../services/travelStandardEstimate';
import { budgetFile, exportFile, importFile, templateFile } from '../services/xlsx/sheetFiles';
import { trustSummary } from '../services/trust/roster';
import { acceptEnrolment, enrolFromBytes, enrolmentOffer, inspectJoinRequest, joinRequestFile, revokeInstallation } from '../services/trust/trustChannels';
import { keyStatus, protectKey, unlockKey, unprotectKey } from '../services/keyProtection';
import { backupInFolder, backupStatus, createBackup, listBackups, verifyBackupFile } from '../services/backup/backups';
import { setBackupPassphrase } from '../services/backup/backupKey';
import { setBackupSettings } from '../services/backup/backupSettings';
import { restoreFromFolder } from '../services/backup/restore';
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
    'records.options': (input) => recordOptions(ctx, input),
    'stats.get': () => registerStats(ctx),
    'budgets.summary': (input) => budgetSummary(ctx, input),
    'annualPlans.completion': (input) => planCompletion(ctx, input),
    'delegations.travelStandard': (input) => travelStandardEstimate(ctx, input),
    'reminders.list': (input) => listReminders(ctx, input),
    'partners.activity': (input) => partnerActivity(ctx, input),
    'targets.report': (input) => targetsReport(ctx, input),
    'targets.evaluation': (input) => evaluation(ctx, input),
    'targets.adjustEvaluation': (input) => adjustEvaluation(ctx, writer, input),
    'targets.reportHtml': (input) => reportHtml(ctx, input),
    'files.put': (input) => putFile(ctx, input),
    'xlsx.template': ({ register }) => templateFile(register),
    'xlsx.export': (query) => exportFile(ctx, query),
    'xlsx.exportBudget': ({ fiscalYear }) => budgetFile(ctx, fiscalYear),
    'xlsx.preview': (input, progress) => importFile(ctx, writer, input, true, progress),
    'xlsx.import': (input, progress) => importFile(ctx, writer, input, false, progress),
    'files.get': ({ sha256 }) => ({ base64: readFile(ctx, sha256).toString('base64') }),
    'sync.status': () => syncStatus(ctx),
    'sync.export': (input, progress) => syncExport(ctx, input, progress),
    'sync.preview': (input, progress) => syncImport(ctx, input, true, progress),
    'sync.import': (input, progress) => syncImport(ctx, input, false, progress),
    'conflicts.list': () => listConflicts(ctx),
    'conflicts.get': (ref) => getConflict(ctx, ref),
    'conflicts.resolve': (input) => resolveConflict(ctx, writer, input),
    'sync.trust': () => trustSummary(ctx),
    'sync.joinRequest': () => joinRequestFile(ctx),
    'sync.readJoinRequest': ({ base64 }) => inspectJoinRequest(base64),
    'sync.enrol': (input) => enrolFromBytes(ctx, input),
    'sync.readEnrolment': ({ base64 }) => enrolmentOffer(ctx, base64),
    'sync.acceptEnrolment': (input) => acceptEnrolment(ctx, input),
    'sync.revoke': ({ installation }) => revokeInstallation(ctx, installation),
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
  };
}
