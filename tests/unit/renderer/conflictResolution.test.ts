import { describe, expect, it } from 'vitest';
import type { ConflictDetail, ConflictVersion } from '../../../src-main/contract';
import { resolutionOf } from '../../../src-renderer/pages/conflicts/resolution';

const version = (changeId: string, values: ConflictVersion['values']): ConflictVersion => ({
  changeId,
  op: values ? 'put' : 'delete',
  values,
  department: 'LAW',
  author: { id: changeId, name: changeId },
  at: '2026-11-27T02:00:00.000Z',
  shown: changeId === 'a',
});

const detail = (versions: ConflictVersion[], differing: string[]): ConflictDetail => ({
  register: 'partner',
  id: 'r',
  title: 't',
  versions,
  differing,
});

describe('the resolution sent for the choices made on the conflicts view', () => {
  const edits = detail(
    [version('a', { city: '甲', nameOriginal: 'A', country: 'GB' }), version('b', { city: '乙', nameOriginal: 'B', country: 'GB' })],
    ['city', 'nameOriginal'],
  );

  it('keeps the shown version as it was when nothing was picked', () => {
    expect(resolutionOf(edits, {})).toEqual({ pick: 'a' });
  });

  it('keeps a whole version when every differing field comes from it', () => {
    expect(resolutionOf(edits, { city: 1, nameOriginal: 1 })).toEqual({ pick: 'b' });
  });

  it('sends the differing fields, each from its chosen version, when the picks are mixed', () => {
    expect(resolutionOf(edits, { city: 1, nameOriginal: 0 })).toEqual({ values: { city: '乙', nameOriginal: 'A' } });
  });

  it('keeps a deletion by picking it', () => {
    const vsDelete = detail([version('a', { city: '甲' }), version('d', null)], ['city']);
    expect(resolutionOf(vsDelete, { city: 1 })).toEqual({ pick: 'd' });
  });
});
