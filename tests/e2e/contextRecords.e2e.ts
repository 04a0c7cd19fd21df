import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../src-main/services/bundle/exportBundle';
import { importBundle } from '../../src-main/services/bundle/importBundle';
import { withSession } from './browser';
import { byTestId } from './ui';
import { addPerson, membersOf, outboundTrip } from '../support/delegations';
import { enrolAtOffice } from '../support/enrolment';
import { closeApp, tempApp, tempDir } from '../support/tempApp';

describe('a joint trip on the Law School laptop', () => {
  it('names the member from another school, shows that person read-only with the owner, and still edits the trip', async () => {
    const office = await tempApp();
    const laptop = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    await enrolAtOffice(office, laptop);
    const law = await addPerson(office, { name: '王法学', department: 'LAW' });
    const ecm = await addPerson(office, { name: '李经管', department: 'ECM', phone: '13900000002' });
    const trip = await office.call('records.put', {
      register: 'delegation',
      values: { ...outboundTrip(membersOf(law, ecm)), title: '法学院、经管学院联合赴英访问', department: 'LAW' },
    });
    const file = join(tempDir(), 'law.waiban');
    await exportBundle(office.ctx, { out: file, to: 'department:LAW' });
    await importBundle(laptop.ctx, file);
    closeApp(laptop);

    await withSession(laptop.dataDir, async (s) => {
      const { page } = s;
      await byTestId(page, 'nav-delegation').click();
      await byTestId(page, `row-${trip.id}`).click();
      await byTestId(page, 'delegation-page').waitFor();
      await expect.poll(() => byTestId(page, 'section-members').innerText()).toContain('李经管');
      expect(await byTestId(page, 'section-members').innerText()).toContain('王法学');
      await s.shot('context-01-joint-trip-members');

      await byTestId(page, 'section-members').getByText('李经管').click();
      await byTestId(page, 'context-note').waitFor();
      expect(await byTestId(page, 'context-badge').innerText()).toContain('经济管理学院');
      expect(await byTestId(page, 'context-note').innerText()).toContain('不能修改');
      expect(await byTestId(page, 'record-detail').innerText()).not.toContain('13900000002');
      expect(await byTestId(page, 'record-detail').getByRole('button', { name: '修改' }).count()).toBe(0);
      await s.shot('context-02-person-read-only');
    });
  });
});
