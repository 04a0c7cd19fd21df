import { describe, expect, it } from 'vitest';
import { addPartner, programValues, put } from '../../support/exchange';
import { tempApp } from '../../support/tempApp';

describe('exchange programs', () => {
  it('refuses an agreement signed with another partner', async () => {
    const app = await tempApp();
    const ucl = await addPartner(app);
    const sydney = await addPartner(app, { nameZh: '悉尼大学', nameOriginal: 'University of Sydney', country: 'AU', city: '悉尼' });
    const agreement = await put(app, 'agreement', { title: '悉尼大学学生交流协议', partner: sydney, type: 'studentExchange' });
    const err = await app.fail('records.put', { register: 'program', values: programValues(ucl, { agreement: agreement.id }) });
    expect(err.issues).toEqual([
      {
        field: 'agreement',
        message: {
          zh: '协议“悉尼大学学生交流协议”是与悉尼大学签订的，不是本项目的合作院校',
          en: '"悉尼大学学生交流协议" was signed with 悉尼大学, not with this program\'s partner',
        },
      },
    ]);
  });

  it("runs on its partner's agreement, pauses and resumes, and ends for good", async () => {
    const app = await tempApp();
    const ucl = await addPartner(app);
    const agreement = await put(app, 'agreement', { title: '伦敦大学学院学生交流协议', partner: ucl, type: 'studentExchange' });
    let program = await put(app, 'program', programValues(ucl, { agreement: agreement.id, kind: 'creditRecognition' }));
    for (const status of ['active', 'suspended', 'active', 'ended']) {
      program = await app.call('records.put', { register: 'program', id: program.id, baseHead: program.meta.head, values: { status } });
    }
    const reopen = await app.fail('records.put', {
      register: 'program',
      id: program.id,
      baseHead: program.meta.head,
      values: { status: 'active' },
    });
    expect(reopen.issues![0]!.message.zh).toBe('状态不能从“已结束”改为“运行中”');
  });

  it("is listed on its partner and filtered by the partner's country", async () => {
    const app = await tempApp();
    const ucl = await addPartner(app);
    const program = await put(app, 'program', programValues(ucl));
    expect((await app.call('records.list', { register: 'program', filters: { partner: ucl } })).rows.map((r) => r.id)).toEqual([
      program.id,
    ]);
    expect((await app.call('records.list', { register: 'program', filters: { country: 'GB' } })).total).toBe(1);
    expect((await app.call('records.list', { register: 'program', filters: { country: 'AU' } })).total).toBe(0);
  });
});
