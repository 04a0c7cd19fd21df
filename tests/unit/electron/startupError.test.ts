import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/contract/result';
import { startupFailureMessage } from '../../../src-main/electron/startupError';

describe('startup failure message', () => {
  it('shows an AppError in both languages, without internals', () => {
    const err = new AppError('DB_NEWER_VERSION', { zh: '请升级本软件', en: 'Update the app' });
    const { title, content } = startupFailureMessage(err);
    expect(title).toContain('外办台账');
    expect(title).toContain('Waiban');
    expect(content).toBe('请升级本软件\n\nUpdate the app');
  });

  it('shows an unexpected error’s text for the report, in both languages', () => {
    const { content } = startupFailureMessage(new Error('SQLITE_CANTOPEN'));
    expect(content).toMatch(/意外错误/);
    expect(content).toMatch(/Unexpected error/);
    expect(content).toContain('SQLITE_CANTOPEN');
  });
});
