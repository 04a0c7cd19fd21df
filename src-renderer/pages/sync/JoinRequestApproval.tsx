import { Alert, Button, Card, Checkbox, Group, MultiSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrolResultDto, FileHandle, JoinRequestDto } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { files, saveFile } from '../../api/files';
import { useDepartments } from '../../app/DepartmentsContext';
import { ChosenFile } from '../../files/ChosenFile';
import { enrolmentFileName } from '../../util/fileNames';
import { formatDateTime } from '../../util/format';
import { errorMessage } from '../../util/notify';
import { Fingerprint } from './Fingerprint';
import { FingerprintConfirm } from './FingerprintConfirm';

type Step =
  | { at: 'idle' }
  | { at: 'reading' }
  | { at: 'request'; file: FileHandle; request: JoinRequestDto; working: boolean; approved: string[] }
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
  const [step, setStep] = useState<Step>({ at: 'idle' });
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  const [departmentsOk, setDepartmentsOk] = useState(false);
  const [replacementOk, setReplacementOk] = useState(false);
  const onDecision = useCallback((fp: string | null) => setFingerprint(fp), []);

  const read = async () => {
    try {
      const file = await files.pick('bundle', () => setStep({ at: 'reading' }));
      if (!file) return;
      setFingerprint(null);
      setDepartmentsOk(false);
      setReplacementOk(false);
      setStep({ at: 'reading' });
      const request = await invoke('sync.readJoinRequest', { file });
      // A replacement starts from the departments the office granted the identity it replaces, not those it asks for.
      const approved = request.replaces?.status === 'active' ? request.replaces.departments : request.departments;
      setStep({ at: 'request', file, request, working: false, approved });
    } catch (err) {
      setStep({ at: 'refused', message: errorMessage(err) });
    }
  };

  const approve = async (file: FileHandle, request: JoinRequestDto, approved: string[]) => {
    if (!fingerprint) return;
    setStep({ at: 'request', file, request, working: true, approved });
    try {
      let result: EnrolResultDto | undefined;
      await saveFile('bundle', enrolmentFileName(request.name), async (target) => {
        result = await invoke('sync.enrol', {
          file,
          fingerprint,
          target,
          ...(request.role === 'department' ? { departments: approved } : {}),
          ...(request.replaces ? { replaces: request.replaces.id } : {}),
        });
        return result.file;
      });
      if (!result) return setStep({ at: 'request', file, request, working: false, approved });
      setStep({ at: 'done', result });
      onApproved();
    } catch (err) {
      setStep({ at: 'refused', message: errorMessage(err) });
    }
  };

  const names = (codes: string[]) => codes.map((d) => departments.name(d)).join('、') || '—';
  const field = (label: string, value: string) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </div>
  );

  return (
    <Card withBorder padding="md" data-testid="join-approval">
      <Stack gap="sm">
        <Title order={5}>{t('sync.approve.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('sync.approve.intro')}
        </Text>
        {step.at === 'done' ? null : (
          <Group gap="sm" wrap="nowrap">
            <Button
              variant="default"
              leftSection={<IconFileImport size={16} />}
              onClick={() => void read()}
              style={{ flexShrink: 0 }}
              disabled={step.at === 'reading' || (step.at === 'request' && step.working)}
              data-testid="join-request-file"
            >
              {t('sync.approve.choose')}
            </Button>
            {step.at === 'request' ? <ChosenFile file={step.file} /> : null}
          </Group>
        )}
        {step.at === 'reading' ? (
          <Text size="sm" c="dimmed">
            {t('sync.approve.reading')}
          </Text>
        ) : null}
        {step.at === 'refused' ? (
          <Alert color="red" data-testid="join-approval-refused">
            {step.message}
          </Alert>
        ) : null}
        {step.at === 'request' ? (
          <Stack gap="sm" data-testid="join-request">
            {step.request.replaces ? (
              <Alert color="orange" title={t('sync.approve.replaces')} data-testid="join-replaces">
                {step.request.replaces.name !== null ? (
                  <Stack gap="xs">
                    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                      {field(t('sync.name'), step.request.replaces.name)}
                      {field(t('sync.departments'), names(step.request.replaces.departments))}
                      {field(t('sync.status.title'), t(`sync.status.${step.request.replaces.status ?? 'revoked'}`))}
                    </SimpleGrid>
                    <Text size="xs" c="dimmed">
                      {t('sync.fingerprint')}
                    </Text>
                    <Fingerprint value={step.request.replaces.fingerprint!} testid="join-replaces-fingerprint" />
                    <Text size="sm">{t('sync.approve.replacesExplain')}</Text>
                    <Checkbox
                      label={t('sync.approve.replacesOk', { name: step.request.replaces.name })}
                      checked={replacementOk}
                      onChange={(e) => setReplacementOk(e.currentTarget.checked)}
                      data-testid="join-replaces-ok"
                    />
                  </Stack>
                ) : (
                  <Text size="sm">{t('sync.approve.replacesUnknown', { id: step.request.replaces.id })}</Text>
                )}
              </Alert>
            ) : null}
            <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
              {field(t('sync.approve.who'), step.request.name)}
              {field(t('sync.approve.requested'), t(`role.${step.request.role}`))}
              {field(t('sync.departments'), names(step.request.departments))}
              {field(t('sync.approve.created'), formatDateTime(step.request.created))}
            </SimpleGrid>
            <Text size="sm">{t('sync.approve.theirFingerprint')}</Text>
            <Fingerprint value={step.request.fingerprint} testid="join-request-fingerprint" />
            <FingerprintConfirm
              key={step.request.id + step.request.fingerprint}
              expected={step.request.fingerprint}
              onDecision={onDecision}
            />
            {step.request.role === 'department' ? (
              <MultiSelect
                label={t('sync.approve.departmentsToApprove')}
                description={t('sync.approve.departmentsToApproveHint')}
                data={departments.options}
                value={step.approved}
                onChange={(approved) => {
                  setStep({ ...step, approved });
                  setDepartmentsOk(false);
                }}
                searchable
                maw={560}
                disabled={step.working}
                data-testid="join-departments"
              />
            ) : null}
            {step.request.role === 'department' ? (
              <Checkbox
                label={t('sync.approve.departmentsOk')}
                checked={departmentsOk}
                onChange={(e) => setDepartmentsOk(e.currentTarget.checked)}
                data-testid="join-departments-ok"
              />
            ) : null}
            <Group>
              <Button
                onClick={() => approve(step.file, step.request, step.approved)}
                loading={step.working}
                data-testid="join-approve"
                disabled={
                  !fingerprint ||
                  (step.request.role === 'department' && (!departmentsOk || step.approved.length === 0)) ||
                  (!!step.request.replaces && !replacementOk)
                }
              >
                {t('sync.approve.button')}
              </Button>
              <Button variant="default" onClick={() => setStep({ at: 'idle' })} disabled={step.working}>
                {t('sync.cancel')}
              </Button>
            </Group>
          </Stack>
        ) : null}
        {step.at === 'done' ? (
          <Alert color="green" data-testid="join-approved">
            <Stack gap="xs">
              <Text size="sm" fw={600}>
                {t(step.result.added ? 'sync.approve.done' : 'sync.approve.again', {
                  name: step.result.request.name,
                  version: step.result.rosterVersion,
                  file: step.result.file.name,
                })}
              </Text>
              {step.result.retired ? (
                <Text size="sm" data-testid="join-retired">
                  {t('sync.approve.retired', { name: step.result.retired.name, seq: step.result.retired.lastGoodSeq })}
                </Text>
              ) : null}
              <Text size="sm">{t('sync.approve.next', { name: step.result.request.name })}</Text>
              <Fingerprint value={officeFingerprint} testid="office-fingerprint-to-read" />
              <Group>
                <Button variant="default" size="xs" onClick={() => setStep({ at: 'idle' })} data-testid="join-another">
                  {t('sync.approve.another')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
