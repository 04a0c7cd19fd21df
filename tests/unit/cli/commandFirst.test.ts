import { describe, expect, it } from 'vitest';
import { commandFirst } from '../../../src-main/cli/commandFirst';

describe('the data folder given before the command', () => {
  it('moves behind the command and its arguments, in either spelling', () => {
    expect(commandFirst(['--data-dir', 'office', 'import', 'a.waiban', '--yes'])).toEqual([
      'import',
      'a.waiban',
      '--yes',
      '--data-dir',
      'office',
    ]);
    expect(commandFirst(['--data-dir=office', 'conflicts', 'list'])).toEqual(['conflicts', 'list', '--data-dir=office']);
  });

  it('leaves a command that starts with its name as it is', () => {
    expect(commandFirst(['export', '--to', 'office', '--data-dir', 'law'])).toEqual(['export', '--to', 'office', '--data-dir', 'law']);
  });

  it('stays an option when positionals follow `--`', () => {
    expect(commandFirst(['--data-dir', 'd', 'records', 'get', '--', '-x'])).toEqual(['records', 'get', '--data-dir', 'd', '--', '-x']);
  });

  it('leaves a dangling --data-dir and any other leading option for the usage error', () => {
    expect(commandFirst(['--data-dir'])).toEqual(['--data-dir']);
    expect(commandFirst(['--json', 'stats'])).toEqual(['--json', 'stats']);
  });
});
