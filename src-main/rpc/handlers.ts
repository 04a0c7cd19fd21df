import type { AppInfo } from '../contract';
import { registers } from '../core/registers';
import { budgetSummary } from '../services/budgetSummary';
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
import { trustSummary } from '../services/trust/roster';
import { acceptEnrolment, enrolFromBytes, inspectJoinRequest, joinRequestFile, revokeInstallation } from '../services/trust/trustChannels';
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
    'reminders.list': (input) => listReminders(ctx, input),
    'partners.activity': (input) => partnerActivity(ctx, input),
    'files.put': (input) => putFile(ctx, input),
    'files.get': ({ sha256 }) => ({ base64: readFile(ctx, sha256).toString('base64') }),
    'sync.trust': () => trustSummary(ctx),
    'sync.joinRequest': () => joinRequestFile(ctx),
    'sync.readJoinRequest': ({ base64 }) => inspectJoinRequest(base64),
    'sync.enrol': (input) => enrolFromBytes(ctx, input),
    'sync.acceptEnrolment': (input) => acceptEnrolment(ctx, input),
    'sync.revoke': ({ installation }) => revokeInstallation(ctx, installation),
  };
}
