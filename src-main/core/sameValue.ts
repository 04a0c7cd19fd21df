import type { FieldValue, TableRow } from '../contract';
import { canonicalJson } from './bundle/canonicalJson';

/**
 * Two field values are the same value: compared as canonical JSON, since a version read from the change log (kept
 * as canonical JSON, its keys sorted) and the same version as a form or a table holds it list keys in other orders.
 */
export const sameValue = (a: FieldValue | TableRow | undefined, b: FieldValue | TableRow | undefined): boolean =>
  canonicalJson(a ?? null) === canonicalJson(b ?? null);
