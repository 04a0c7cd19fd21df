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

  it('sorts keys by UTF-16 code units and leaves out undefined values, as signed segments always did', () => {
    expect(canonicalJson({ b: 1, B: 2, 伦: 3, a: undefined, _: [null, 'x'] })).toBe('{"B":2,"_":[null,"x"],"b":1,"伦":3}');
  });

  it('sorts keys that look like array indexes as strings too, and keeps a "__proto__" key as a key', () => {
    expect(canonicalJson({ b: [{ 9: 'x', 10: 'y', a: 1 }], a: 0 })).toBe('{"a":0,"b":[{"10":"y","9":"x","a":1}]}');
    expect(canonicalJson(JSON.parse('{"z":{"__proto__":{"b":1,"a":2}}}'))).toBe('{"z":{"__proto__":{"a":2,"b":1}}}');
  });

  it('counts nesting outside strings only, and refuses a constructor key at any depth', () => {
    expect(parseBoundedJson('{"a":"[[[[[[\\"{{{{"}', caps, 'x')).toEqual({ a: '[[[[[["{{{{' });
    expect(refusalOf(() => parseBoundedJson('[[[[1]]]]', caps, 'x')).localized.en).toContain('nests 4 deep');
    expect(parseBoundedJson('[[{"a":1}],{"b":[]}]', caps, 'x')).toEqual([[{ a: 1 }], { b: [] }]);
    expect(refusalOf(() => parseBoundedJson('{"a":[{"constructor":1}]}', caps, 'x')).localized.en).toContain('the key "constructor"');
    expect(refusalOf(() => parseBoundedJson('{"a":', caps, 'x')).localized.en).toContain('not valid JSON');
  });

  it('refuses a forbidden key spelled with \\u escapes, and takes the words where they are only values', () => {
    expect(refusalOf(() => parseBoundedJson('{"\\u005f_proto__":1}', caps, 'x')).localized.en).toContain('the key "__proto__"');
    expect(refusalOf(() => parseBoundedJson('{"pro\\u0074otype":1}', caps, 'x')).localized.en).toContain('the key "prototype"');
    expect(parseBoundedJson('{"a":"constructor","b":"\\u4f26"}', caps, 'x')).toEqual({ a: 'constructor', b: '伦' });
    expect(refusalOf(() => parseBoundedJson(`"${'伦'.repeat(334)}"`, caps, 'x')).localized.en).toContain(
      '1004 bytes, over the cap of 1000',
    );
  });

  it('refuses backslashes, absolute paths and drive letters as escaping names', () => {
    for (const name of ['files\\x', '/etc/passwd', 'C:/x', 'segments/../manifest.json']) {
      expect(refusalOf(() => checkEntryName(name)).localized.en).toContain('tries to escape its folder');
    }
    expect(refusalOf(() => checkEntryName('segments/not-a-uuid/1.jsonl')).localized.en).toContain('does not belong in a bundle');
    expect(() => checkEntryName(`files/${'0'.repeat(64)}`)).not.toThrow();
  });
});
