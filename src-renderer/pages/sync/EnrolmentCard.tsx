import { Alert, Button, Card, Divider, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileImport, IconFileExport } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrolmentOfferDto, FileBytesDto, JoinRequestDto } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { base64ToBlob, downloadBlob, readAsBase64 } from '../../util/files';
import { errorMessage, notifySuccess } from '../../util/notify';
import { Fingerprint } from './Fingerprint';
import { FingerprintConfirm } from './FingerprintConfirm';
import { ImportReportView } from './ImportReportView';
import { StageSteps } from './StageSteps';

type Step =
  | { at: 'idle' }
  | { at: 'reading' }
  | { at: 'offer'; base64: string; offer: EnrolmentOfferDto }
  | { at: 'accepting'; base64: string; offer: EnrolmentOfferDto }
  | { at: 'refused'; message: string };

/**
 * A department laptop or review computer not yet enrolled: make the join request (saved as a file, with this
 * computer's fingerprint to read aloud), then import the office's enrolment bundle, pinning the office key
 * only once the person confirms its fingerprint.
 */
export function EnrolmentCard({ authorName, onEnrolled }: { authorName: (id: string) => string; onEnrolled: () => void }) {
  const { t } = useTranslation();
  const [request, setRequest] = useState<(JoinRequestDto & FileBytesDto) | null>(null);
  const [making, setMaking] = useState(false);
  const [requestProblem, setRequestProblem] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ at: 'idle' });
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  const onDecision = useCallback((fp: string | null) => setFingerprint(fp), []);

  const makeRequest = async () => {
    setMaking(true);
    setRequestProblem(null);
    try {
      const r = await invoke('sync.joinRequest', {});
      downloadBlob(base64ToBlob(r.base64, r.fileName), r.fileName);
      setRequest(r);
    } catch (err) {
      setRequestProblem(errorMessage(err));
    } finally {
      setMaking(false);
    }
  };

  const read = async (picked: File | null) => {
    setFile(picked);
    setFingerprint(null);
    if (!picked) return setStep({ at: 'idle' });
    setStep({ at: 'reading' });
    try {
      const base64 = await readAsBase64(picked);
      setStep({ at: 'offer', base64, offer: await invoke('sync.readEnrolment', { base64 }) });
    } catch (err) {
      setStep({ at: 'refused', message: errorMessage(err) });
    }
  };

  const accept = async (base64: string, offer: EnrolmentOfferDto) => {
    if (!fingerprint) return;
    setStep({ at: 'accepting', base64, offer });
    try {
      await invoke('sync.acceptEnrolment', { base64, fingerprint });
      notifySuccess(t('sync.enrolled'));
      onEnrolled();
    } catch (err) {
      setStep({ at: 'refused', message: errorMessage(err) });
    }
  };

  const stage = step.at === 'reading' ? 0 : step.at === 'offer' ? 1 : step.at === 'accepting' ? 2 : -1;

  return (
    <Card withBorder padding="md" data-testid="sync-enrolment">
      <Stack gap="sm">
        <Title order={5}>{t('sync.join.title')}</Title>
        <Text size="sm" c="dimmed">{t('sync.join.intro')}</Text>

        <Text fw={600} size="sm">{t('sync.join.step1')}</Text>
        <Text size="sm">{t('sync.join.step1Text')}</Text>
        <Group>
          <Button leftSection={<IconFileExport size={16} />} onClick={makeRequest} loading={making} data-testid="join-request-button">
            {t('sync.join.button')}
          </Button>
        </Group>
        {requestProblem ? <Alert color="red">{requestProblem}</Alert> : null}
        {request ? (
          <Alert color="blue" data-testid="join-request-done">
            <Stack gap="xs">
              <Text size="sm">{t('sync.join.done', { file: request.fileName })}</Text>
              <Fingerprint value={request.fingerprint} testid="join-request-fingerprint" />
            </Stack>
          </Alert>
        ) : null}

        <Divider />
        <Text fw={600} size="sm">{t('sync.join.step2')}</Text>
        <Text size="sm">{t('sync.join.step2Text')}</Text>
        <FileInput accept=".waiban" placeholder={t('sync.join.choose')} value={file} onChange={read} clearable maw={420}
          leftSection={<IconFileImport size={16} />} disabled={step.at === 'reading' || step.at === 'accepting'} data-testid="enrolment-file" />
        {stage >= 0 ? <StageSteps stages={[t('sync.stage.verify'), t('sync.stage.preview'), t('sync.stage.write')]} active={stage} busy={step.at !== 'offer'} /> : null}
        {step.at === 'refused' ? <Alert color="red" data-testid="enrolment-refused">{step.message}</Alert> : null}
        {step.at === 'offer' || step.at === 'accepting' ? (
          <Stack gap="sm" data-testid="enrolment-offer">
            <Text size="sm">{t('sync.join.officeKey')}</Text>
            <Fingerprint value={step.offer.officeFingerprint} testid="enrolment-office-fingerprint" />
            <FingerprintConfirm key={step.base64.length + step.offer.officeFingerprint} expected={step.offer.officeFingerprint} onDecision={onDecision} />
            <Text fw={600} size="sm">{t('sync.preview')}</Text>
            <ImportReportView report={step.offer.report} authorName={authorName} />
            <Group>
              <Button onClick={() => accept(step.base64, step.offer)} disabled={!fingerprint} loading={step.at === 'accepting'} data-testid="enrolment-accept">
                {t('sync.join.accept')}
              </Button>
              <Button variant="default" onClick={() => read(null)} disabled={step.at === 'accepting'}>{t('sync.cancel')}</Button>
            </Group>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
