import { describe, expect, it } from 'vitest';
import { ageText } from '../../../src-renderer/util/age';

const now = Date.parse('2026-11-27T12:00:00Z');

describe('how long ago a bundle came, as the Sync page says it', () => {
  it('uses the largest whole unit, in Chinese and in English', () => {
    expect(ageText('2026-11-24T12:00:00Z', 'zh', now)).toBe('3天前');
    expect(ageText('2026-11-24T12:00:00Z', 'en', now)).toBe('3 days ago');
    expect(ageText('2026-11-27T09:00:00Z', 'en', now)).toBe('3 hours ago');
    expect(ageText('2026-11-27T11:55:00Z', 'en', now)).toBe('5 minutes ago');
    expect(ageText('2026-11-27T11:59:50Z', 'en', now)).toBe('this minute');
  });
});
