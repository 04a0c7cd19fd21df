import { Alert, Button, Card, Checkbox, FileInput, Group, MultiSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrolResultDto, JoinRequestDto } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useDepartments } from '../../app/DepartmentsContext';
import { base64ToBlob, downloadBlob, readAsBase64 } from '../../util/files';
import { formatDateTime } from '../../util/format';
import { errorMessage } from '../../util/notify';
import { Fingerprint } from './Fingerprint';
import { FingerprintConfirm } from './FingerprintConfirm';

type Step =
  | { at: 'idle' }
  | { at: 'reading' }
  | { at: 'request'; base64: string; request: JoinRequestDto; working: boolean; approved: string[] }
  | { at: 'done'; result: EnrolResultDto }
  | { at: 'refused'; message: string };

/**
 * The office: pick a join request, see who asks and its key fingerprint, confirm it matches what the liaison
 * read out and the departments to approve (those asked for, or corrected here), approve; the enrolment bundle is
 * saved, with the office fingerprint to read back.
 */
export function JoinRequestApproval({ officeFingerprint, onApproved }: { officeFingerprint: string; onApproved: () => void }) {
  const { t } = useTranslation();
  const departments = useDepartments();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ at: 'idle' });
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  const [departmentsOk, setDepartmentsOk] = useState(false);
  const onDecision = useCallback((fp: string | null) => setFingerprint(fp), []);

  const read = async (picked: File | null) => {
    setFile(picked);
    setFingerprint(null);
    setDepartmentsOk(false);
    if (!picked) return setStep({ at: 'idle' });
    setStep({ at: 'reading' });
    try {
      const base64 = await readAsBase64(picked);
      const request = await invoke('sync.readJoinRequest', { base64 });
      setStep({ at: 'request', base64, request, working: false, approved: request.departments });
    } catch (err) {
      setStep({ at: 'refused', message: errorMessage(err) });
    }
  };

  const approve = async (base64: string, request: JoinRequestDto, approved: string[]) => {
    if (!fingerprint) return;
    setStep({ at: 'request', base64, request, working: true, approved });
    try {
      const result = await invoke('sync.enrol', { base64, fingerprint, ...(request.role === 'department' ? { departments: approved } : {}) });
      downloadBlob(base64ToBlob(result.base64, result.fileName), result.fileName);
      setStep({ at: 'done', result });
      setFile(null);
      onApproved();
    } catch (err) {
      setStep({ at: 'refused', message: errorMessage(err) });
    }
  };

  const names = (codes: string[]) => codes.map((d) => departments.name(d)).join('、') || '—';
  const field = (label: string, value: string) => (
    <div><Text size="xs" c="dimmed">{label}</Text><Text fw={600}>{value}</Text></div>
  );

  return (
    <Card withBorder padding="md" data-testid="join-approval">
      <Stack gap="sm">
        <Title order={5}>{t('sync.approve.title')}</Title>
        <Text size="sm" c="dimmed">{t('sync.approve.intro')}</Text>
        {step.at === 'done' ? null : (
          <FileInput accept=".waiban" placeholder={t('sync.approve.choose')} value={file} onChange={read} clearable maw={420}
            leftSection={<IconFileImport size={16} />} disabled={step.at === 'reading' || (step.at === 'request' && step.working)} data-testid="join-request-file" />
        )}
        {step.at === 'reading' ? <Text size="sm" c="dimmed">{t('sync.approve.reading')}</Text> : null}
        {step.at === 'refused' ? <Alert color="red" data-testid="join-approval-refused">{step.message}</Alert> : null}
        {step.at === 'request' ? (
          <Stack gap="sm" data-testid="join-request">
            <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
              {field(t('sync.approve.who'), step.request.name)}
              {field(t('sync.approve.requested'), t(`role.${step.request.role}`))}
              {field(t('sync.departments'), names(step.request.departments))}
              {field(t('sync.approve.created'), formatDateTime(step.request.created))}
            </SimpleGrid>
            <Text size="sm">{t('sync.approve.theirFingerprint')}</Text>
            <Fingerprint value={step.request.fingerprint} testid="join-request-fingerprint" />
            <FingerprintConfirm key={step.request.id + step.request.fingerprint} expected={step.request.fingerprint} onDecision={onDecision} />
            {step.request.role === 'department' ? (
              <MultiSelect label={t('sync.approve.departmentsToApprove')} description={t('sync.approve.departmentsToApproveHint')} data={departments.options}
                value={step.approved} onChange={(approved) => { setStep({ ...step, approved }); setDepartmentsOk(false); }} searchable maw={560}
                disabled={step.working} data-testid="join-departments" />
            ) : null}
            {step.request.role === 'department' ? (
              <Checkbox label={t('sync.approve.departmentsOk')} checked={departmentsOk} onChange={(e) => setDepartmentsOk(e.currentTarget.checked)} data-testid="join-departments-ok" />
            ) : null}
            <Group>
              <Button onClick={() => approve(step.base64, step.request, step.approved)} loading={step.working} data-testid="join-approve"
                disabled={!fingerprint || (step.request.role === 'department' && (!departmentsOk || step.approved.length === 0))}>
                {t('sync.approve.button')}
              </Button>
              <Button variant="default" onClick={() => read(null)} disabled={step.working}>{t('sync.cancel')}</Button>
            </Group>
          </Stack>
        ) : null}
        {step.at === 'done' ? (
          <Alert color="green" data-testid="join-approved">
            <Stack gap="xs">
              <Text size="sm" fw={600}>
                {t(step.result.added ? 'sync.approve.done' : 'sync.approve.again', { name: step.result.request.name, version: step.result.rosterVersion, file: step.result.fileName })}
              </Text>
              <Text size="sm">{t('sync.approve.next', { name: step.result.request.name })}</Text>
              <Fingerprint value={officeFingerprint} testid="office-fingerprint-to-read" />
              <Group><Button variant="default" size="xs" onClick={() => read(null)} data-testid="join-another">{t('sync.approve.another')}</Button></Group>
            </Stack>
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
