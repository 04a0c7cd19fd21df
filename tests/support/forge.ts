import type { FieldValue } from '../../src-main/contract';
import type { Change } from '../../src-main/db/changeLog';
import { registerOf } from '../../src-main/services/context';
import type { Admission } from '../../src-main/services/gate/proposal';
import type { TestApp } from './tempApp';

/**
 * A change written past the gate, as a tampered program holding the installation's key could write it (or a
 * database from an older version holds it): for tests of what a receiver does with it. The cast is the point.
 */
export function forgeChange(
  app: TestApp,
  register: string,
  recordId: string,
  op: Change['op'],
  data: Record<string, FieldValue> | null,
  department: string,
  parents: string[] = [],
): Change {
  const forged = { values: data, owner: department, previous: undefined } as unknown as Admission;
  return app.writer.transaction(() => app.writer.write(registerOf(register), recordId, op, forged, parents));
}
