import { Alert, Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileImport, IconFileExport } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrolmentOfferDto, FileHandle, JoinRequestDto, WorkProgress } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { files, saveFile } from '../../api/files';
import { ChosenFile } from '../../files/ChosenFile';
import { joinRequestFileName } from '../../util/fileNames';
import { errorMessage, notifySuccess } from '../../util/notify';
import { Fingerprint } from './Fingerprint';
import { FingerprintConfirm } from './FingerprintConfirm';
import { ImportReportView } from './ImportReportView';
import { StageSteps } from './StageSteps';
import { SyncProgress } from './SyncProgress';

type Step =
  | { at: 'idle' }
  | { at: 'reading'; file?: FileHandle }
  | { at: 'offer'; file: FileHandle; offer: EnrolmentOfferDto }
  | { at: 'accepting'; file: FileHandle; offer: EnrolmentOfferDto }
  | { at: 'refused'; message: string };

/**
 * A department laptop or review computer not yet enrolled: make the join request (saved as a file, with this
 * computer's fingerprint to read aloud), then import the office's enrolment bundle, pinning the office key
 * only once the person confirms its fingerprint.
 */
export function EnrolmentCard({
  selfName,
  authorName,
  onEnrolled,
}: {
  selfName: string;
  authorName: (id: string) => string;
  onEnrolled: () => void;
}) {
  const { t } = useTranslation();
  const [request, setRequest] = useState<(JoinRequestDto & { file: FileHandle }) | null>(null);
  const [making, setMaking] = useState(false);
  const [requestProblem, setRequestProblem] = useState<string | null>(null);
  const [step, setStep] = useState<Step>({ at: 'idle' });
  const [progress, setProgress] = useState<WorkProgress | null>(null);
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  const onDecision = useCallback((fp: string | null) => setFingerprint(fp), []);

  const makeRequest = async () => {
    setMaking(true);
    setRequestProblem(null);
    try {
      let made: (JoinRequestDto & { file: FileHandle }) | undefined;
      await saveFile('bundle', joinRequestFileName(selfName), async (target) => (made = await invoke('sync.joinRequest', { target })).file);
      if (made) setRequest(made);
    } catch (err) {
      setRequestProblem(errorMessage(err));
    } finally {
      setMaking(false);
    }
  };

  const read = async () => {
    setProgress(null);
    try {
      const file = await files.pick('bundle', (p) => {
        setStep({ at: 'reading' });
        setProgress(p);
      });
      if (!file) return;
      setFingerprint(null);
      setStep({ at: 'reading', file });
      setProgress(null);
      setStep({ at: 'offer', file, offer: await invoke('sync.readEnrolment', { file }, setProgress) });
    } catch (err) {
      setStep({ at: 'refused', message: errorMessage(err) });
    }
  };

  const accept = async (file: FileHandle, offer: EnrolmentOfferDto) => {
    if (!fingerprint) return;
    setStep({ at: 'accepting', file, offer });
    setProgress(null);
    try {
      await invoke('sync.acceptEnrolment', { file, fingerprint }, setProgress);
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
        <Text size="sm" c="dimmed">
          {t('sync.join.intro')}
        </Text>

        <Text fw={600} size="sm">
          {t('sync.join.step1')}
        </Text>
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
              <Text size="sm">{t('sync.join.done', { file: request.file.name })}</Text>
              <Fingerprint value={request.fingerprint} testid="join-request-fingerprint" />
            </Stack>
          </Alert>
        ) : null}

        <Divider />
        <Text fw={600} size="sm">
          {t('sync.join.step2')}
        </Text>
        <Text size="sm">{t('sync.join.step2Text')}</Text>
        <Group gap="sm" wrap="nowrap">
          <Button
            variant="default"
            leftSection={<IconFileImport size={16} />}
            onClick={() => void read()}
            disabled={step.at === 'reading' || step.at === 'accepting'}
            data-testid="enrolment-file"
            style={{ flexShrink: 0 }}
          >
            {t('sync.join.choose')}
          </Button>
          {'file' in step && step.file ? <ChosenFile file={step.file} /> : null}
        </Group>
        {stage >= 0 ? (
          <StageSteps
            stages={[t('sync.stage.verify'), t('sync.stage.preview'), t('sync.stage.write')]}
            active={stage}
            busy={step.at !== 'offer'}
          />
        ) : null}
        {step.at === 'reading' || step.at === 'accepting' ? <SyncProgress progress={progress} /> : null}
        {step.at === 'refused' ? (
          <Alert color="red" data-testid="enrolment-refused">
            {step.message}
          </Alert>
        ) : null}
        {step.at === 'offer' || step.at === 'accepting' ? (
          <Stack gap="sm" data-testid="enrolment-offer">
            <Text size="sm">{t('sync.join.officeKey')}</Text>
            <Fingerprint value={step.offer.officeFingerprint} testid="enrolment-office-fingerprint" />
            <FingerprintConfirm
              key={step.file.id + step.offer.officeFingerprint}
              expected={step.offer.officeFingerprint}
              onDecision={onDecision}
            />
            <Text fw={600} size="sm">
              {t('sync.preview')}
            </Text>
            <ImportReportView report={step.offer.report} authorName={authorName} />
            <Group>
              <Button
                onClick={() => accept(step.file, step.offer)}
                disabled={!fingerprint}
                loading={step.at === 'accepting'}
                data-testid="enrolment-accept"
              >
                {t('sync.join.accept')}
              </Button>
              <Button variant="default" onClick={() => setStep({ at: 'idle' })} disabled={step.at === 'accepting'}>
                {t('sync.cancel')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
