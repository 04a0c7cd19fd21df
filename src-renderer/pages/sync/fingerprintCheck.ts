import { fingerprintDigits } from '../../../src-main/contract';

/**
 * How a fingerprint typed from what the other side read out compares with the key's, as the handler will
 * compare it (spaces, dashes, colons and case do not matter): nothing typed, a correct beginning still being
 * typed, a match, or a mismatch from group `group` (1-based, groups of four as read aloud).
 */
export type FingerprintCheck = { at: 'empty' } | { at: 'typing' } | { at: 'match' } | { at: 'mismatch'; group: number };

export function checkFingerprint(typed: string, expected: string): FingerprintCheck {
  const t = fingerprintDigits(typed);
  const e = fingerprintDigits(expected);
  if (t === '') return { at: 'empty' };
  if (t === e) return { at: 'match' };
  let i = 0;
  while (i < t.length && t[i] === e[i]) i++;
  if (i === t.length) return { at: 'typing' };
  return { at: 'mismatch', group: Math.floor(i / 4) + 1 };
}
