import { describe, expect, it } from 'vitest';
import { registers } from '../../../../src-main/core/registers';
import { partner } from '../../../../src-main/core/registers/partner';
import { person } from '../../../../src-main/core/registers/person';
import { commonSheetWords, sheetWords } from '../../../../src-main/core/registers/sheetWords';
import { mapHeaders } from '../../../../src-main/core/xlsx/headers';
import { choiceOf, foldWord, headerWords, notAnOption, yesNoOf } from '../../../../src-main/core/xlsx/words';

const field = (key: string) => partner.fields.find((f) => f.key === key)!;

describe('folding a header or a value', () => {
  it('ignores width, case, spaces and punctuation, and keeps symbols', () => {
    expect(foldWord('国家（地区）')).toBe(foldWord('国家/地区'));
    expect(foldWord('国家 : 地区')).toBe('国家地区');
    expect(foldWord('＊中文名称：')).toBe('中文名称');
    expect(foldWord('U.K.')).toBe('uk');
    expect(foldWord('Ｅ－ｍａｉｌ')).toBe('email');
    expect(foldWord('2+2')).toBe('2+2');
    expect(foldWord('√')).toBe('√');
    expect(foldWord('/')).toBe('/');
  });
});

describe('the words offices use', () => {
  it('maps the partner ledger headers of issue 21 onto the fields', () => {
    const headers = ['名称', '英文名称', '国家/地区', '城市', '类型', '备注', '学校名称', '外文名称', '机构类别', '国别', '单位类型'];
    const mapping = mapHeaders(partner, [headers]);
    expect([...mapping.columns.values()].map((c) => c.key)).toEqual(['nameZh', 'nameOriginal', 'country', 'city', 'type', 'notes']);
    // Each later header is a second column for a field already read: reported, not overwriting.
    expect(mapping.unknown.map((u) => u.header)).toEqual(headers.slice(6));
    // A field's own label takes it before a synonym, wherever it stands.
    const labelled = mapHeaders(partner, [['英文名称', '城市', '原文名称']]);
    expect([...labelled.columns].map(([i, c]) => `${i}:${c.key}`)).toEqual(['1:city', '2:nameOriginal']);
    expect(labelled.unknown).toEqual([{ column: 0, header: '英文名称' }]);
    for (const word of ['院校名称', '机构名称', '合作院校', '合作单位'])
      expect([...mapHeaders(partner, [[word]]).columns.values()][0]?.key).toBe('nameZh');
    for (const word of ['国家', '地区', '国家（地区）'])
      expect([...mapHeaders(partner, [[word]]).columns.values()][0]?.key).toBe('country');
  });

  it("reads a choice by its synonyms, countries by other names, within the field's own options", () => {
    expect(choiceOf('partner', field('type'), '研究机构')).toBe('researchInstitute');
    expect(choiceOf('partner', field('type'), '高校')).toBe('university');
    for (const name of ['英国', 'UK', 'United Kingdom', '英格兰', 'GB', 'u.k.', '大不列颠及北爱尔兰联合王国'])
      expect(choiceOf('partner', field('country'), name)).toBe('GB');
    expect(choiceOf('partner', field('country'), '香港')).toBe('HK');
    // China is a nationality, not a partner country: the alias counts only where the option exists.
    expect(choiceOf('partner', field('country'), '中华人民共和国')).toBeNull();
    expect(
      choiceOf(
        'person',
        person.fields.find((f) => f.key === 'nationality')!,
        '中华人民共和国',
      ),
    ).toBe('CN');
    expect(choiceOf('partner', field('type'), '火星')).toBeNull();
    expect([yesNoOf('√'), yesNoOf('Y'), yesNoOf('是'), yesNoOf('有'), yesNoOf('×'), yesNoOf('N'), yesNoOf('否'), yesNoOf('也许')]).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      null,
    ]);
  });

  it('names the allowed options in a refusal', () => {
    expect(notAnOption(field('type')).zh).toBe('不是可选项之一（可选：大学、科研机构、工会组织、非政府组织、政府机构、其他）');
    expect(notAnOption(field('country'), '火星').en).toMatch(/^"火星" is not one of the options \(allowed: Albania, .* and \d+ more/);
  });

  it("are words of fields each register has, options it has, and never two fields' at once", () => {
    const problems: string[] = [];
    for (const [register, words] of Object.entries(sheetWords)) {
      const def = registers.find((r) => r.name === register)!;
      for (const key of Object.keys(words.headers ?? {}))
        if (!def.fields.some((f) => f.key === key)) problems.push(`${register}.${key}: no such field`);
      for (const [key, byOption] of Object.entries(words.values ?? {})) {
        const options = def.fields.find((f) => f.key === key)?.options?.map((o) => o.value) ?? [];
        for (const value of Object.keys(byOption)) if (!options.includes(value)) problems.push(`${register}.${key}: no option ${value}`);
      }
    }
    for (const def of registers) {
      const owner = new Map<string, string>();
      for (const f of def.fields) owner.set(foldWord(f.label.zh), f.key);
      for (const f of def.fields) {
        for (const word of sheetWords[def.name]?.headers?.[f.key] ?? []) {
          const held = owner.get(foldWord(word));
          if (held && held !== f.key && !commonSheetWords.headers?.[held]?.includes(word))
            problems.push(`${def.name}: "${word}" of ${f.key} is already ${held}'s`);
          if (!held) owner.set(foldWord(word), f.key);
        }
      }
      expect(headerWords(def.name, 'notes')).toContain('备注');
    }
    expect(problems).toEqual([]);
  });
});
