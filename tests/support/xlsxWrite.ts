/** Rows as CSV bytes (UTF-8), every cell quoted, the way a spreadsheet saves them. */
export const csvBytes = (rows: string[][]): Buffer =>
  Buffer.from(rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n'), 'utf8');
