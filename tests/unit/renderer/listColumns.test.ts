import { describe, expect, it } from 'vitest';
import { registers } from '../../../src-main/core/registers';
import { chosenFields, listColumns } from '../../../src-renderer/registers/list/columns';

const delegation = registers.find((r) => r.name === 'delegation')!;
const fields = chosenFields(delegation, undefined);
const widths = (template: string) => template.split(' ').map((w) => Number(w.replace('px', '')));
const at = (key: string, template: string, selectable = true) =>
  widths(template)[fields.findIndex((f) => f.key === key) + (selectable ? 1 : 0)]!;
const content = { title: 600, department: 180, countries: 160 };

describe('list columns sized to their content and the room there is', () => {
  it('fills the room exactly, the spare going to the text columns, dates as they are', () => {
    const cols = listColumns(delegation, 'zh', { fields, content, selectable: true, available: 1400 });
    expect(widths(cols.template).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1400);
    expect(widths(cols.template).reduce((a, b) => a + b, 0)).toBeGreaterThan(1400 - fields.length);
    expect(at('departDate', cols.template)).toBe(104);
    expect(at('title', cols.template)).toBeGreaterThan(at('department', cols.template));
  });

  it('takes from the long text columns when the room is short, the title at half their rate, never below a minimum', () => {
    const roomy = listColumns(delegation, 'zh', { fields, content, selectable: true, available: 1400 });
    // A 1280-pixel window leaves the table about 1020 pixels.
    const narrow = listColumns(delegation, 'zh', { fields, content, selectable: true, available: 1020 });
    expect(at('departDate', narrow.template)).toBe(104);
    expect(at('status', narrow.template)).toBe(at('status', roomy.template));
    expect(at('title', narrow.template)).toBeGreaterThanOrEqual(180);
    expect(narrow.minWidth).toBeLessThanOrEqual(1020);
    // Too narrow for every minimum: the table scrolls sideways rather than squeeze a column further.
    const tiny = listColumns(delegation, 'zh', { fields, content, selectable: true, available: 500 });
    expect(tiny.minWidth).toBeGreaterThan(500);
  });

  it('keeps a width the person dragged, and the title first whatever columns were chosen', () => {
    const cols = listColumns(delegation, 'zh', { fields, content, widths: { department: 333 }, available: 1200 });
    expect(at('department', cols.template, false)).toBe(333);
    expect(chosenFields(delegation, ['status', 'nope']).map((f) => f.key)).toEqual(['title', 'status']);
  });
});
