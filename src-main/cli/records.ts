import { AppError, type ChannelName, type FieldValue } from '../contract';
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
}

/** JSON for `records put`: either the field values, or `{ "values": {...}, "department": ... }`. */
function parseValues(text: string): { values: Record<string, FieldValue>; department?: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`the record is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new UsageError('the record must be a JSON object of field values');
  const obj = parsed as Record<string, unknown>;
  if (typeof obj.values === 'object' && obj.values !== null && !Array.isArray(obj.values)) {
    return { values: obj.values as Record<string, FieldValue>, department: obj.department as string | undefined };
  }
  return { values: obj as Record<string, FieldValue> };
}

/** The records commands go through the same handler table as the UI, so they validate and refuse alike. */
export async function runRecords(app: WaibanApp, sub: string | undefined, o: RecordsOptions, stdin: () => string): Promise<void> {
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
  switch (sub) {
    case 'list': {
      const filters = parseFilters(o.filter);
      const sort = parseSort(o.sort);
      const limit = o.limit ? Number(o.limit) : 100;
      if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new UsageError('--limit must be from 1 to 500');
      return printJson(
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
      return printJson(await call('records.get', { register, id: needId(), ...(o.reveal ? { reveal: true } : {}) }));
    case 'put': {
      const { values, department } = parseValues(o.json ?? stdin());
      return printJson(await call('records.put', { register, ...(o.id ? { id: o.id } : {}), ...(department ? { department } : {}), values }));
    }
    case 'delete':
      return printJson(await call('records.delete', { register, id: needId() }));
    case 'restore':
      return printJson(await call('records.restore', { register, id: needId() }));
    case 'history':
      return printJson(await call('records.history', { register, id: needId() }));
    default:
      throw new UsageError(`records takes list, get, put, delete, restore or history${sub ? `, not "${sub}"` : ''}`);
  }
}
