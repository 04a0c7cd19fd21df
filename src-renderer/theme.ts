import { createTheme } from '@mantine/core';

/** Chinese first: CJK fonts lead the stack so Latin text falls back to their matching Latin glyphs. */
const fontFamily = "'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export const theme = createTheme({
  fontFamily,
  headings: { fontFamily },
  primaryColor: 'indigo',
  defaultRadius: 'md',
  cursorType: 'pointer',
});
