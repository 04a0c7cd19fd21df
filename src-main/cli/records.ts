import { AppError, type BulkActionInput, type BulkReport, type ChannelName, type FieldValue } from '../contract';
import type { WaibanApp } from '../app/openApp';
import { parseFilters, parseSort } from './filters';
import { printJson, UsageError } from './output';

interface RecordsOptions {
  register?: string;
  id?: string;
  json?: string;
  search?: string;
  filter?: string[];
  sort?: string;
  limit?: string;
  deleted?: boolean;
  reveal?: boolean;
  /** bulk-delete / assign: the records by id, or (--matching) every one the search and filters match. */
  ids?: string;
  matching?: boolean;
  department?: string;
  change?: string;
  confirm?: string[];
}

/** JSON for `records put`: either the field values, or `{ "values": {...}, "department": ... }`. */
function parseValues(text: string): { values: Record<string, FieldValue>; department?: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`the record is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new UsageError('the record must be a JSON object of field values');
  const obj = parsed as Record<string, unknown>;
  if (typeof obj.values === 'object' && obj.values !== null && !Array.isArray(obj.values)) {
    return { values: obj.values as Record<string, FieldValue>, department: obj.department as string | undefined };
  }
  return { values: obj as Record<string, FieldValue> };
}

/** The records a bulk command names: `--ids A,B`, or `--matching` with the list's `--search` and `--filter`s. */
function bulkRecords(o: RecordsOptions): Pick<BulkActionInput, 'ids' | 'matching'> {
  if (Boolean(o.ids) === Boolean(o.matching))
    throw new UsageError('name the records with --ids ID,ID or with --matching [--search TEXT] [--filter KEY=VALUE ...]');
  if (o.ids)
    return {
      ids: o.ids
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    };
  return { matching: { ...(o.search ? { search: o.search } : {}), filters: parseFilters(o.filter) } };
}

/**
 * The records commands go through the same handler table as the UI, so they validate and refuse alike. The exit code:
 * 1 when a bulk command refused any record (the others are done, each a change of its own).
 */
export async function runRecords(app: WaibanApp, sub: string | undefined, o: RecordsOptions, stdin: () => string): Promise<number> {
  if (!o.register) throw new UsageError('--register NAME is required');
  const register = o.register;
  const needId = () => {
    if (!o.id) throw new UsageError('--id ID is required');
    return o.id;
  };
  const call = async (channel: ChannelName, input: unknown) => {
    const result = await app.dispatch(channel, input);
    if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.issues);
    return result.value;
  };
  const shown = (value: unknown) => (printJson(value), 0);
  switch (sub) {
    case 'list': {
      const filters = parseFilters(o.filter);
      const sort = parseSort(o.sort);
      const limit = o.limit ? Number(o.limit) : 100;
      if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError('--limit must be from 1 to 500');
      return shown(
        await call('records.list', {
          register,
          search: o.search,
          filters,
          ...(sort ? { sort } : {}),
          limit,
          ...(o.deleted ? { onlyDeleted: true } : {}),
        }),
      );
    }
    case 'get':
      return shown(await call('records.get', { register, id: needId(), ...(o.reveal ? { reveal: true } : {}) }));
    case 'put': {
      const { values, department } = parseValues(o.json ?? stdin());
      return shown(await call('records.put', { register, ...(o.id ? { id: o.id } : {}), ...(department ? { department } : {}), values }));
    }
    case 'delete':
      return shown(await call('records.delete', { register, id: needId() }));
    case 'restore':
      return shown(await call('records.restore', { register, id: needId() }));
    case 'history':
      return shown(await call('records.history', { register, id: needId() }));
    case 'restore-version': {
      if (!o.change) throw new UsageError('--change CHANGE_ID is required (a changeId from records history)');
      return shown(
        await call('records.restoreVersion', {
          register,
          id: needId(),
          changeId: o.change,
          ...(o.confirm?.length ? { confirm: o.confirm } : {}),
        }),
      );
    }
    case 'bulk-delete':
    case 'assign': {
      if (sub === 'assign' && !o.department) throw new UsageError('--department CODE is required');
      const action = sub === 'assign' ? { kind: 'assignDepartment' as const, department: o.department! } : { kind: 'delete' as const };
      const report = (await call('records.bulk', { register, action, ...bulkRecords(o) })) as BulkReport;
      printJson(report);
      return report.refused.length ? 1 : 0;
    }
    default:
      throw new UsageError(
        `records takes list, get, put, delete, restore, history, restore-version, bulk-delete or assign${sub ? `, not "${sub}"` : ''}`,
      );
  }
}
