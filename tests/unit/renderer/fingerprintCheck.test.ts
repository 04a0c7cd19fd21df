import { describe, expect, it } from 'vitest';
import { checkFingerprint } from '../../../src-renderer/pages/sync/fingerprintCheck';

const key = '3F2A 9C01 B7E4 0D5C 11AA 8E6F 4B20 C9D3';

describe('a fingerprint typed from what the other side read out', () => {
  it('matches whatever the spacing, dashes or case', () => {
    expect(checkFingerprint(key, key)).toEqual({ at: 'match' });
    expect(checkFingerprint('3f2a9c01b7e40d5c11aa8e6f4b20c9d3', key)).toEqual({ at: 'match' });
    expect(checkFingerprint(' 3f2a-9c01-b7e4-0d5c 11aa:8e6f 4b20  c9d3 ', key)).toEqual({ at: 'match' });
  });

  it('is still being typed while what is there is a correct beginning', () => {
    expect(checkFingerprint('', key)).toEqual({ at: 'empty' });
    expect(checkFingerprint('   ', key)).toEqual({ at: 'empty' });
    expect(checkFingerprint('3f2a 9c0', key)).toEqual({ at: 'typing' });
  });

  it('says from which group of four it differs', () => {
    expect(checkFingerprint('3F2B', key)).toEqual({ at: 'mismatch', group: 1 });
    expect(checkFingerprint('3F2A 9C01 B7E4 0D5D', key)).toEqual({ at: 'mismatch', group: 4 });
    // One digit too many is not the key either.
    expect(checkFingerprint(`${key} 0`, key)).toEqual({ at: 'mismatch', group: 9 });
  });
});
