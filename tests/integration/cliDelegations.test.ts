import { describe, expect, it } from 'vitest';
import { json, waiban } from '../support/cli';
import { tempDir } from '../support/tempApp';

type Row = Record<string, unknown>;

describe('waiban CLI with people and delegations', () => {
  it('puts a delegation with its members, legs and checklist as nested JSON, and moves it through the gate', () => {
    const dir = tempDir();
    expect(waiban(dir, ['init']).code).toBe(0);
    const put = (register: string, values: Row, id?: string) =>
      waiban(dir, ['records', 'put', '--register', register, ...(id ? ['--id', id] : [])], JSON.stringify(values));
    const leader = json(put('person', { name: '张明远', passportNumber: 'E12345678' }).out).id;
    const member = json(put('person', { name: '李华', department: 'LAW', passportNumber: 'E87654321' }).out).id;

    const checklist = [
      { key: 'plan', title: '列入年度出访计划', titleEn: 'In the annual plan', requiredBefore: 'submitted' },
      { key: 'invitation', title: '对口邀请函', titleEn: 'Invitation letter', requiredBefore: 'submitted', status: 'done' },
    ];
    const created = put('delegation', {
      title: '赴英国学术交流',
      departDate: '2026-05-01',
      returnDate: '2026-05-10',
      members: [{ person: leader, role: 'leader' }, { person: member }],
      legs: [
        { country: 'GB', city: '伦敦', arrive: '2026-05-01', leave: '2026-05-10' },
        { country: 'DE', city: '法兰克福', arrive: '2026-05-01', leave: '2026-05-01', stop: 'transit' },
      ],
      checklist,
    });
    expect(created.code, created.err).toBe(0);
    const d = json(created.out);
    expect(d.values).toMatchObject({ days: 10, countries: ['DE', 'GB'], countryCount: 2, groupSize: 2 });
    expect((d.values.members as Row[]).map((m) => m.role)).toEqual(['leader', 'member']);
    expect((d.values.legs as Row[]).map((l) => [l.country, l.stop])).toEqual([
      ['DE', 'transit'],
      ['GB', 'visit'],
    ]);
    // Rows given without a column take its default: the first item is pending, so submission is blocked.
    expect((d.values.checklist as Row[]).map((i) => [i.key, i.status])).toEqual([
      ['plan', 'pending'],
      ['invitation', 'done'],
    ]);
    expect(d.rowRefTitles).toEqual({ [leader]: '张明远', [member]: '李华' });

    const blocked = put('delegation', { status: 'submitted' }, d.id);
    expect(blocked.code).toBe(1);
    expect(blocked.err.trim()).toBe(
      'waiban: 1 field(s) need fixing: The review checklist stops the move to "Submitted": In the annual plan (not done)',
    );

    const done = (d.values.checklist as Row[]).map((i) => ({ ...i, status: 'done' }));
    const submitted = put('delegation', { status: 'submitted', checklist: done }, d.id);
    expect(submitted.code, submitted.err).toBe(0);
    expect(json(submitted.out).values.status).toBe('submitted');

    const byMember = JSON.parse(
      waiban(dir, ['records', 'list', '--register', 'delegation', '--filter', `member=${member}`, '--filter', 'country=DE']).out,
    );
    expect(byMember.rows.map((r: Row) => r.id)).toEqual([d.id]);
    const byName = JSON.parse(waiban(dir, ['records', 'list', '--register', 'delegation', '--search', '李华']).out);
    expect(byName.rows.map((r: Row) => r.id)).toEqual([d.id]);

    const bad = put('delegation', { title: '重复成员', members: [{ person: leader, role: 'leader' }, { person: leader }] });
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('Member row 2 repeats row 1');
  }, 60_000);

  it('masks a passport number unless --reveal is given, and logs the reveal in the history', () => {
    const dir = tempDir();
    waiban(dir, ['init', '--name', '外事办测试机']);
    const id = json(
      waiban(dir, ['records', 'put', '--register', 'person', '--json', '{"name":"张明远","passportNumber":"E12345678"}']).out,
    ).id;
    const get = (...extra: string[]) => waiban(dir, ['records', 'get', '--register', 'person', '--id', id, ...extra]);

    const masked = get();
    expect(json(masked.out).values.passportNumber).toBe('E••••••78');
    expect(masked.out).not.toContain('E12345678');
    expect(JSON.parse(waiban(dir, ['records', 'list', '--register', 'person']).out).rows[0].values.passportNumber).toBe('E••••••78');

    const revealed = get('--reveal');
    expect(revealed.code).toBe(0);
    expect(json(revealed.out).values.passportNumber).toBe('E12345678');
    const history = JSON.parse(waiban(dir, ['records', 'history', '--register', 'person', '--id', id]).out) as Row[];
    expect(history.map((h) => [h.op, h.authorName])).toEqual([
      ['create', '外事办测试机'],
      ['reveal', '外事办测试机'],
    ]);
  }, 60_000);

  it('lists the columns of table fields in `registers`', () => {
    const dir = tempDir();
    waiban(dir, ['init']);
    const registers = JSON.parse(waiban(dir, ['registers']).out) as {
      name: string;
      fields: { key: string; type: string; derived?: true; columns?: Row[] }[];
    }[];
    const delegation = registers.find((r) => r.name === 'delegation')!;
    expect(delegation.fields.find((f) => f.key === 'members')).toEqual({
      key: 'members',
      type: 'table',
      required: false,
      columns: [
        { key: 'person', type: 'ref', required: true },
        { key: 'role', type: 'enum', required: true },
      ],
    });
    expect(delegation.fields.filter((f) => f.derived).map((f) => f.key)).toEqual(['days', 'countries', 'countryCount', 'groupSize']);
  }, 30_000);
});
