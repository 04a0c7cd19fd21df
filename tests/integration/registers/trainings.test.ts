import { describe, expect, it } from 'vitest';
import { put, trainingValues } from '../../support/exchange';
import { tempApp } from '../../support/tempApp';

describe('international trainings', () => {
  it('refuses dates out of order, more countries than trainees, and an unnamed other funder', async () => {
    const app = await tempApp();
    const err = await app.fail('records.put', {
      register: 'training',
      values: trainingValues({ startDate: '2026-06-28', endDate: '2026-06-08', trainees: 3, funder: 'other' }),
    });
    expect(err.issues!.map((i) => [i.field, i.message.zh])).toEqual([
      ['endDate', '结业日期不能早于开班日期'],
      ['funderName', '请填写资助方名称'],
      ['countries', '4 个国家/地区，学员却只有 3 人'],
    ]);
  });

  it('needs its trainees counted once it runs', async () => {
    const app = await tempApp();
    let training = await put(app, 'training', trainingValues({ trainees: null, countries: null }));
    training = await app.call('records.put', {
      register: 'training',
      id: training.id,
      baseHead: training.meta.head,
      values: { status: 'approved' },
    });
    const err = await app.fail('records.put', {
      register: 'training',
      id: training.id,
      baseHead: training.meta.head,
      values: { status: 'running' },
    });
    expect(err.issues).toEqual([
      { field: 'trainees', message: { zh: '开班后须填写学员人数', en: 'Enter the number of trainees once the training runs' } },
    ]);
  });

  it("is found by a trainee's country", async () => {
    const app = await tempApp();
    const training = await put(app, 'training', trainingValues());
    expect((await app.call('records.list', { register: 'training', filters: { country: 'KE' } })).rows.map((r) => r.id)).toEqual([
      training.id,
    ]);
    expect((await app.call('records.list', { register: 'training', filters: { country: 'GB' } })).total).toBe(0);
  });
});
