import { describe, expect, it } from 'vitest';
import { formsFor, type FormHtmlInput, type FormId, type RecordDto } from '../../../src-main/contract';
import { formFields } from '../../../src-main/core/forms/formFields';
import { storeOf } from '../../../src-main/services/context';
import { formPages } from '../../../src-main/services/forms/printForms';
import { fullConference, fullExpertHire, fullInboundVisit, fullOutboundTrip, passports } from '../../support/forms';
import { openApp } from '../../../src-main/app/openApp';
import { closeApp, tempApp, type TestApp } from '../../support/tempApp';

const valuesOf = (app: TestApp, register: string, id: string) => {
  const store = storeOf(app.ctx, register);
  return store.values(store.get(id)!);
};

const subjects: [FormHtmlInput['register'], (app: TestApp) => Promise<RecordDto>][] = [
  ['delegation', fullOutboundTrip],
  ['delegation', fullInboundVisit],
  ['conference', fullConference],
  ['expert', fullExpertHire],
];

describe('printed forms filled from the record', () => {
  it('fills every field of every form from a record made through the services, numbers masked, nothing undefined', async () => {
    const app = await tempApp();
    const printed = new Set<FormId>();
    for (const [register, make] of subjects) {
      const record = await make(app);
      const values = valuesOf(app, register, record.id);
      for (const form of formsFor(register, values.direction as string | null).map((f) => f.id)) {
        printed.add(form);
        const input = { register, id: record.id, form };
        const pages = formPages(app.ctx, input, values);
        expect(pages.length, form).toBeGreaterThan(0);
        for (const page of pages) {
          for (const field of formFields[form]) {
            const v = page.values[field.key];
            const filled =
              typeof v === 'string'
                ? v.trim() !== ''
                : !!v && v.rows.length > 0 && v.rows.every((r) => r.every((c) => typeof c === 'string'));
            expect(filled, `${form}.${field.key}`).toBe(true);
          }
        }
        const { html, title } = await app.call('forms.html', input);
        expect(title).toBeTruthy();
        expect(html, form).not.toMatch(/undefined|null|NaN|\[object/);
        for (const passport of passports) expect(html, form).not.toContain(passport);
        expect(html).toContain('中国劳动关系学院');
      }
    }
    expect([...printed].sort()).toEqual(Object.keys(formFields).sort());
  });

  it('prints the trip against its limits, its budget by the 516 standards, its funding, the notice window and the report deadline', async () => {
    const app = await tempApp();
    const trip = await fullOutboundTrip(app);
    const values = valuesOf(app, 'delegation', trip.id);
    const [page] = formPages(app.ctx, { register: 'delegation', id: trip.id, form: 'tripApproval' }, values);
    const v = page!.values;
    expect(v.countries).toBe('德国（经停）、英国');
    expect(v.daysAgainstLimit).toBe('在外 8 天；教学科研类团组，已写明学术任务，不受天数限制');
    expect(v.fundingSource).toBe('外事办出访经费');
    expect(v.budgetTotal).toBe('¥68,000.00；按开支标准核定住宿、伙食、公杂费 ¥42,770.00');
    expect((v.budget as { rows: string[][] }).rows.map((r) => r[0])).toEqual([
      '德国 法兰克福',
      '英国 伦敦',
      '合计（2 人）',
      '折合人民币（汇率 9.1）',
    ]);
    const members = v.members as { rows: string[][] };
    expect(members.rows.map((r) => r[7])).toEqual(['E******78', 'E******21']);
    const notice = formPages(app.ctx, { register: 'delegation', id: trip.id, form: 'tripNotice' }, values)[0]!.values;
    // Posted Monday 16 March 2026: five working days end on Friday the 20th.
    expect((notice.members as { columns: string[] }).columns).toEqual(['序号', '姓名', '所在单位', '职务/职称', '团内身份']);
    expect(notice.noticePeriod).toBe('2026年3月16日至2026年3月20日（5 个工作日）');
    const report = formPages(app.ctx, { register: 'delegation', id: trip.id, form: 'tripReport' }, values)[0]!.values;
    expect(report.reportDeadline).toMatch(/^2026年5月\d+日前（回国后 \d+ 个工作日内）$/);

    const plain = { ...values, academic: false, academicTask: null };
    const [limited] = formPages(app.ctx, { register: 'delegation', id: trip.id, form: 'tripApproval' }, plain);
    expect(limited!.values.daysAgainstLimit).toMatch(/^在外 8 天；规定 2 个国家（地区）不超过 8 天（.+）：符合规定$/);
    expect(limited!.values.countriesAgainstLimit).toMatch(/^2 个国家（地区），含经停；规定不超过 3 个（.+）：符合规定$/);
  });

  it("prints a visit as coming from its guests' countries, their passports masked", async () => {
    const app = await tempApp();
    const visit = await fullInboundVisit(app);
    const [page] = formPages(
      app.ctx,
      { register: 'delegation', id: visit.id, form: 'visitApproval' },
      valuesOf(app, 'delegation', visit.id),
    );
    expect(page!.values.countries).toBe('澳大利亚');
    expect((page!.values.members as { rows: string[][] }).rows[0]).toEqual([
      '1',
      '约翰·史密斯',
      '男',
      '澳大利亚',
      '院长',
      '团长',
      '外国护照',
      'P******34',
    ]);
  });

  it('prints one vetting form and one pledge per member', async () => {
    const app = await tempApp();
    const trip = await fullOutboundTrip(app);
    const { html } = await app.call('forms.html', { register: 'delegation', id: trip.id, form: 'memberPledge' });
    expect(html.match(/<section class="page">/g)).toHaveLength(2);
    expect(html).toContain('张明远');
    expect(html).toContain('李华');
    const vetting = await app.call('forms.html', { register: 'delegation', id: trip.id, form: 'memberVetting' });
    expect(vetting.html).toContain('持有英国永久居留权（已申报）');
  });
});

describe('form templates as data the office edits', () => {
  it("ships one template per form to a new installation and an upgraded office, and leaves an upgraded laptop to take the office's", async () => {
    const count = (app: { ctx: TestApp['ctx'] }) =>
      app.ctx.sqlite.prepare('SELECT count(*) FROM "formTemplate" WHERE "deleted" = 0').pluck().get();
    for (const setup of ['default' as const, { name: '法学院', role: 'department' as const, departments: ['LAW'] }]) {
      const app = await tempApp(setup);
      expect(count(app)).toBe(Object.keys(formFields).length);
      app.ctx.sqlite.exec('DELETE FROM "formTemplate"');
      const dataDir = app.dataDir;
      closeApp(app);
      const upgraded = await openApp({ dataDir });
      expect(count(upgraded)).toBe(setup === 'default' ? Object.keys(formFields).length : 0);
      upgraded.close();
    }
  });

  it('prints the title, fields, labels and wording of the version in force, edited through the gate', async () => {
    const app = await tempApp();
    const trip = await fullOutboundTrip(app);
    const [template] = (await app.call('records.list', { register: 'formTemplate', filters: { form: 'tripNotice' } })).rows;
    const fields = (template!.values.fields as { key: string; label: string; shown: boolean }[]).map((f) =>
      f.key === 'inviter' ? { ...f, shown: false } : f.key === 'title' ? { ...f, label: '出访团组' } : f,
    );
    await app.call('records.put', {
      register: 'formTemplate',
      id: template!.id,
      baseHead: template!.meta.head,
      values: { title: '因公出国（境）公示', fields, wording: '经研究，{department}拟派团组赴{countries}，现予公示。' },
    });
    const { html, title } = await app.call('forms.html', { register: 'delegation', id: trip.id, form: 'tripNotice' });
    expect(title).toBe('因公出国（境）公示');
    expect(html).toContain('经研究，外事办拟派团组赴德国（经停）、英国，现予公示。');
    expect(html).toContain('出访团组');
    expect(html).not.toContain('邀请单位');
    const history = await app.call('records.history', { register: 'formTemplate', id: template!.id });
    expect(history.length).toBe(2);
  });

  it('refuses a template naming a field or a placeholder the form does not have, in zh and en', async () => {
    const app = await tempApp();
    const [template] = (await app.call('records.list', { register: 'formTemplate', filters: { form: 'tripApproval' } })).rows;
    const err = await app.fail('records.put', {
      register: 'formTemplate',
      id: template!.id,
      baseHead: template!.meta.head,
      values: { fields: [{ key: 'salary', label: '工资', shown: true }], wording: '{bogus}' },
    });
    expect(err.code).toBe('VALIDATION');
    const messages = err.issues!.map((i) => i.message);
    expect(messages.map((m) => m.zh).join()).toContain('表单没有栏目“salary”');
    expect(messages.map((m) => m.en).join()).toContain('{bogus} in the text is not a field of this form');
  });
});

describe('forms refused', () => {
  it("refuses an unknown record, a form that is not the record's and a per-member form of a trip without members, in zh and en", async () => {
    const app = await tempApp();
    const unknown = await app.fail('forms.html', { register: 'delegation', id: 'nope', form: 'tripApproval' });
    expect(unknown.code).toBe('NOT_FOUND');
    expect(unknown.localized.zh).toContain('找不到记录');
    const trip = await fullOutboundTrip(app);
    const wrong = await app.fail('forms.html', { register: 'delegation', id: trip.id, form: 'visitApproval' });
    expect(wrong.code).toBe('VALIDATION');
    expect(wrong.localized.zh).toContain('“来访接待审批表”不适用于此记录');
    expect(wrong.localized.en).toContain('does not apply to this record');
    const empty = await app.call('records.put', { register: 'delegation', values: { title: '待定出访', direction: 'outbound' } });
    const none = await app.fail('forms.html', { register: 'delegation', id: empty.id, form: 'memberPledge' });
    expect(none.localized.zh).toContain('团组还没有成员');
    const badForm = await app.fail('forms.html', { register: 'delegation', id: trip.id, form: 'salarySlip' });
    expect(badForm.code).toBe('VALIDATION');
  });
});
