import { Alert, Button, Card, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { IconRefreshAlert } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReEnrolmentDto } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { saveFile } from '../../api/files';
import { useLocale } from '../../i18n/useLocale';
import { joinRequestFileName } from '../../util/fileNames';
import { errorMessage } from '../../util/notify';
import { Fingerprint } from './Fingerprint';

/**
 * A department laptop whose identity forked (restored from an older copy, it wrote before importing) cannot go on under
 * it: the office refuses its bundles and it refuses the office's. This card says so in plain words when an import was
 * refused as a fork, offers the way out — a new identity for the same data, approved by the office as a replacement —
 * and follows it until the records the office never received have been carried over.
 */
export function ForkRecoveryCard({
  forked,
  status,
  selfName,
  selfFingerprint,
  onChanged,
}: {
  forked: boolean;
  status: ReEnrolmentDto | null;
  selfName: string;
  selfFingerprint: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const reEnrol = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const made = await saveFile(
        'bundle',
        joinRequestFileName(selfName),
        async (target) => (await invoke('sync.reEnrol', { target })).file,
      );
      setOpen(false);
      if (made) onChanged();
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const steps = t('sync.fork.steps', { returnObjects: true }) as string[];
  const previousName = status?.previous.name ?? status?.previous.id ?? '';

  return (
    <Card withBorder padding="md" data-testid="sync-fork" data-state={status?.state ?? (forked ? 'forked' : 'none')}>
      <Stack gap="sm">
        <Title order={5}>{t('sync.fork.title')}</Title>
        {status === null && forked ? (
          <Alert color="red" icon={<IconRefreshAlert size={18} />} title={t('sync.fork.detected')} data-testid="sync-fork-detected">
            <Text size="sm">{t('sync.fork.explain')}</Text>
          </Alert>
        ) : null}
        {status === null && !forked ? (
          <Text size="sm" c="dimmed">
            {t('sync.fork.idle')}
          </Text>
        ) : null}
        {status === null ? (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('sync.fork.what')}
            </Text>
            <List type="ordered" size="sm" spacing={4}>
              {steps.map((s, i) => (
                <List.Item key={i}>{s}</List.Item>
              ))}
            </List>
            <Group>
              <Button
                color={forked ? 'red' : 'gray'}
                variant={forked ? 'filled' : 'default'}
                leftSection={<IconRefreshAlert size={16} />}
                onClick={() => setOpen(true)}
                data-testid="sync-re-enrol"
              >
                {t('sync.fork.button')}
              </Button>
            </Group>
          </Stack>
        ) : null}
        {status?.state === 'requested' ? (
          <Alert color="orange" data-testid="sync-re-enrol-requested">
            <Stack gap="xs">
              <Text size="sm" fw={600}>
                {t('sync.fork.requested', { name: previousName })}
              </Text>
              <Fingerprint value={selfFingerprint} testid="sync-re-enrol-fingerprint" />
              <Text size="sm">{t('sync.fork.waiting')}</Text>
              <Group>
                <Button variant="default" size="xs" onClick={() => void reEnrol()} loading={busy} data-testid="sync-re-enrol-again">
                  {t('sync.fork.requestAgain')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        {status?.state === 'enrolled' ? (
          <Alert color={status.refused.length ? 'orange' : 'green'} data-testid="sync-re-enrol-done">
            <Stack gap="xs">
              <Text size="sm">{t('sync.fork.enrolled', { name: previousName, carried: status.carried })}</Text>
              {status.refused.length ? (
                <>
                  <Text size="sm" fw={600}>
                    {t('sync.fork.refused')}
                  </Text>
                  <List size="sm">
                    {status.refused.map((r) => (
                      <List.Item key={r.recordId}>
                        {r.title}：{l(r.reason)}
                      </List.Item>
                    ))}
                  </List>
                </>
              ) : null}
            </Stack>
          </Alert>
        ) : null}
        {problem && !open ? (
          <Alert color="red" data-testid="sync-fork-problem">
            {problem}
          </Alert>
        ) : null}
      </Stack>
      {open ? (
        <Modal opened onClose={() => !busy && setOpen(false)} title={t('sync.fork.confirmTitle')} centered zIndex={400} size="lg">
          <Stack gap="sm" data-testid="sync-re-enrol-dialog">
            <List type="ordered" size="sm" spacing={4}>
              {steps.map((s, i) => (
                <List.Item key={i}>{s}</List.Item>
              ))}
            </List>
            <Text size="sm" c="dimmed">
              {t('sync.fork.oldKey')}
            </Text>
            {problem ? <Alert color="red">{problem}</Alert> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)} disabled={busy}>
                {t('sync.fork.cancel')}
              </Button>
              <Button color="red" onClick={() => void reEnrol()} loading={busy} data-testid="sync-re-enrol-confirm">
                {t('sync.fork.confirm')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      ) : null}
    </Card>
  );
}
