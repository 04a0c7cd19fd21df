import { describe, expect, it } from 'vitest';
import { agreement } from '../../../../src-main/core/registers/agreement';
import { mapHeaders } from '../../../../src-main/core/xlsx/headers';

const keysOf = (rows: (string | null)[][]) => {
  const mapping = mapHeaders(agreement, rows);
  return {
    keys: [...mapping.columns].map(([i, c]) => `${i}:${c.key}:${c.encoding}`),
    headerRows: mapping.headerRows,
    unknown: mapping.unknown,
  };
};

describe('mapping sheet headers to fields', () => {
  it('matches zh and en labels across spaces, full-width characters and case, with row 2 as the English header row', () => {
    expect(
      keysOf([
        ['记录编号', '协议名称 ', 'ＳＩＧＮＥＤ ON', '协议 类型', 'TITLE'],
        ['Record id', null, null, 'type', null],
      ]),
    ).toEqual({
      keys: ['0:id:value', '1:title:value', '2:signedDate:value', '3:type:value'],
      headerRows: 2,
      // A second column for a field already read is reported, not allowed to overwrite the first.
      unknown: [{ column: 4, header: 'TITLE' }],
    });
  });

  it('matches synonyms and treats a row 2 of data as data', () => {
    const { keys, headerRows, unknown } = keysOf([
      ['对方院校', '签订日期', '有效期至', '经办人'],
      ['伦敦大学学院', '2019-05-01', '2024-04-30', '李老师'],
    ]);
    expect(keys).toEqual(['0:partner:value', '1:signedDate:value', '2:expiryDate:value']);
    expect(headerRows).toBe(1);
    expect(unknown).toEqual([{ column: 3, header: '经办人' }]);
  });
});
