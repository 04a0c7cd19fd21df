import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/contract';
import { entriesOf } from '../../support/bundles';
import { syncPair, tableContents, type SyncPair } from '../../support/syncPair';
import { partnerValues } from '../../support/tempApp';
import { forgeChange } from '../../support/forge';

/**
 * A tampered laptop: a change of its own department, written past the handlers with extra data, sealed and
 * signed with the laptop's real key — so the signatures, hashes and scope all hold and only the checks on
 * the JSON of each segment line can refuse it.
 */
async function signedBundleWith(s: SyncPair, extra: string): Promise<string> {
  const data = { ...partnerValues({ department: 'LAW' }), ...(JSON.parse(`{${extra}}`) as object) };
  forgeChange(s.laptop, 'partner', '01a21fc9-0000-7000-8000-0000000000aa', 'put', data as never, 'LAW');
  const file = await s.exportLaptop();
  const segment = (await entriesOf(file)).find((e) => e.path.endsWith('.jsonl'))!;
  expect(segment.bytes.toString('utf8')).toContain(extra.slice(0, 12));
  return file;
}

async function refusedAtOffice(s: SyncPair, file: string): Promise<AppError> {
  const before = tableContents(s.office);
  const err = await s.importAtOffice(file).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  expect(tableContents(s.office)).toEqual(before);
  return err as AppError;
}

describe('a validly signed segment whose JSON is hostile', () => {
  it('is refused for a __proto__ key, writing nothing', async () => {
    const s = await syncPair();
    const err = await refusedAtOffice(s, await signedBundleWith(s, '"__proto__":{"isAdmin":true}'));
    expect(err.localized.en).toMatch(/^JSON in the bundle refused: segments\/[0-9a-f-]{36}\/1\.jsonl has the key "__proto__"$/);
    expect(err.localized.zh).toContain('含有键“__proto__”');
  });

  it('is refused for a constructor key, writing nothing', async () => {
    const s = await syncPair();
    const err = await refusedAtOffice(s, await signedBundleWith(s, '"extra":{"constructor":1}'));
    expect(err.localized.en).toContain('has the key "constructor"');
  });

  it('is refused for nesting past the cap, before it is parsed, writing nothing', async () => {
    const s = await syncPair();
    const err = await refusedAtOffice(s, await signedBundleWith(s, `"extra":${'['.repeat(40)}${']'.repeat(40)}`));
    expect(err.localized.en).toMatch(/\.jsonl nests 42 deep, over the cap of 32$/);
  });
});
