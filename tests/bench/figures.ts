/**
 * The benchmark's one output shape. Every measurement becomes a Figure with a stable name, so later runs
 * (and later work adding figures) can be compared by name; the JSON form is what scripts read, the table is
 * what people read. Nothing here measures anything.
 */

export type Unit = 'ms' | 'ratio' | 'MB';

export interface Figure {
  /** Stable snake_case name; never rename one, add a new one instead. */
  name: string;
  /** null when the figure could not be measured in this run (the reason goes to stderr). */
  value: number | null;
  unit: Unit;
  /** Upper bound the figure should stay at or below; null when there is no target. */
  target: number | null;
}

/**
 * Rounds to a precision that means something on a 2-core machine: sub-10 ms timings keep two decimals
 * (a 0.8 ms page query must not print as 1), larger values fewer, so the table does not pretend to precision.
 */
export function roundValue(value: number): number {
  const abs = Math.abs(value);
  const decimals = abs < 10 ? 2 : abs < 100 ? 1 : 0;
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

export function figure(name: string, value: number | null, unit: Unit, target: number | null = null): Figure {
  return { name, value: value === null || !Number.isFinite(value) ? null : roundValue(value), unit, target };
}

/** true/false against the target, or null when there is no target or no value. */
export function targetMet(f: Figure): boolean | null {
  if (f.target === null || f.value === null) return null;
  return f.value <= f.target;
}

export function toJson(figures: Figure[]): string {
  return JSON.stringify({ figures });
}

/** A plain aligned table; the last column says whether the target is met. */
export function toTable(figures: Figure[]): string {
  const head = ['figure', 'value', 'unit', 'target', 'met'];
  const rows = figures.map((f) => {
    const met = targetMet(f);
    return [
      f.name,
      f.value === null ? 'n/a' : String(f.value),
      f.unit,
      f.target === null ? '-' : `<= ${f.target}`,
      met === null ? (f.value === null ? 'not measured' : '-') : met ? 'yes' : 'NO',
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  // Numbers right-aligned, text left-aligned.
  const align = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 || i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [align(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(align)].join('\n') + '\n';
}
