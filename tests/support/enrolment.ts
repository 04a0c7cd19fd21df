import { join } from 'node:path';
import { importBundle } from '../../src-main/services/bundle/importBundle';
import { enrol } from '../../src-main/services/trust/enrol';
import { writeJoinRequest } from '../../src-main/services/trust/joinRequest';
import { tempDir, type TestApp } from './tempApp';

/**
 * Enrols an installation at the office the way people do, through the services: its join request, approved
 * at the office, and the enrolment bundle imported on it (fingerprints taken as confirmed).
 */
export async function enrolAtOffice(office: TestApp, laptop: TestApp): Promise<{ request: string; bundle: string }> {
  const dir = tempDir();
  const request = join(dir, 'join.waiban');
  const bundle = join(dir, 'enrolment.waiban');
  await writeJoinRequest(laptop.ctx, request);
  await enrol(office.ctx, request, { yes: true }, bundle);
  await importBundle(laptop.ctx, bundle, { confirmOffice: { yes: true } });
  return { request, bundle };
}
