import { describe, expect, it } from 'vitest';
import { parseBoundedJson } from '../../../../src-main/core/bundle/boundedJson';
import { canonicalJson } from '../../../../src-main/core/bundle/canonicalJson';
import { checkEntryName } from '../../../../src-main/core/bundle/entryNames';
import { refusalOf } from '../../../support/refusal';

const caps = { jsonBytes: 1000, jsonDepth: 3 };

describe('bundle text', () => {
  it('prints the same canonical JSON whatever order the keys were built in', () => {
    expect(canonicalJson({ b: [1, { d: 1, c: '伦敦' }], a: null })).toBe('{"a":null,"b":[1,{"c":"伦敦","d":1}]}');
    expect(canonicalJson({ a: null, b: [1, { c: '伦敦', d: 1 }] })).toBe(canonicalJson({ b: [1, { d: 1, c: '伦敦' }], a: null }));
  });

  it('counts nesting outside strings only, and refuses a constructor key at any depth', () => {
    expect(parseBoundedJson('{"a":"[[[[[[\\"{{{{"}', caps, 'x')).toEqual({ a: '[[[[[["{{{{' });
    expect(refusalOf(() => parseBoundedJson('[[[[1]]]]', caps, 'x')).localized.en).toContain('nests 4 deep');
    expect(refusalOf(() => parseBoundedJson('{"a":[{"constructor":1}]}', caps, 'x')).localized.en).toContain('the key "constructor"');
    expect(refusalOf(() => parseBoundedJson('{"a":', caps, 'x')).localized.en).toContain('not valid JSON');
  });

  it('refuses backslashes, absolute paths and drive letters as escaping names', () => {
    for (const name of ['files\\x', '/etc/passwd', 'C:/x', 'segments/../manifest.json']) {
      expect(refusalOf(() => checkEntryName(name)).localized.en).toContain('tries to escape its folder');
    }
    expect(refusalOf(() => checkEntryName('segments/not-a-uuid/1.jsonl')).localized.en).toContain('does not belong in a bundle');
    expect(() => checkEntryName(`files/${'0'.repeat(64)}`)).not.toThrow();
  });
});
