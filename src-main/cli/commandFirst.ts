/**
 * `waiban --data-dir D import F` as well as `waiban import F --data-dir D`: people put the data folder
 * first as often as last. Each command reads its name (and sub-command) from the front and its options from
 * anywhere, so leading `--data-dir` options move to the end; anything else leading is left for the usage error.
 */
export function commandFirst(argv: string[]): string[] {
  const leading: string[] = [];
  let at = 0;
  for (;;) {
    const arg = argv[at];
    if (arg === '--data-dir' && at + 1 < argv.length) {
      leading.push(arg, argv[at + 1]!);
      at += 2;
    } else if (arg?.startsWith('--data-dir=')) {
      leading.push(arg);
      at += 1;
    } else break;
  }
  const rest = argv.slice(at);
  // After `--` everything is a positional; the option goes before it.
  const end = rest.indexOf('--');
  return end === -1 ? [...rest, ...leading] : [...rest.slice(0, end), ...leading, ...rest.slice(end)];
}
