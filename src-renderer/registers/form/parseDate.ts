/**
 * Accepts YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD or YYYYMMDD with two-digit month and day. DateInput parses
 * on every keystroke, so a looser rule would turn a half-typed "2024-02-3" into 3 February.
 */
export const parseDate = (text: string): string | null => {
  const m = /^\s*(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})\s*$/.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
};
