import { Alert, Badge, Button, Card, Group, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, WorkProgress } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useAppData } from '../../app/AppDataContext';
import { useLocale } from '../../i18n/useLocale';
import { formatBytes, formatDateTime } from '../../util/format';
import { errorMessage, notifySuccess } from '../../util/notify';
import { BackupProgress } from './BackupProgress';
import { RestoreDialog } from './RestoreDialog';

/** The backups in the backup folder, newest first: each can be checked whole, and a complete one restored. */
export function BackupList({ backups, folder }: { backups: BackupInfo[]; folder: string }) {
  const { t } = useTranslation();
  const { l, locale } = useLocale();
  const { findRegister } = useAppData();
  const [checking, setChecking] = useState<string | null>(null);
  const [progress, setProgress] = useState<WorkProgress | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  const verify = async (b: BackupInfo) => {
    setChecking(b.file);
    setProblem(null);
    setProgress(null);
    try {
      await invoke('backup.verify', { file: b.file }, setProgress);
      notifySuccess(t('backup.verified', { file: b.file }));
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setChecking(null);
    }
  };

  const total = (records: Record<string, number> | undefined) => Object.values(records ?? {}).reduce((a, b) => a + b, 0);
  const perRegister = (records: Record<string, number> | undefined) =>
    Object.entries(records ?? {})
      .filter(([, n]) => n > 0)
      .map(([name, n]) => `${findRegister(name) ? l(findRegister(name)!.label) : name} ${n}`)
      .join(locale === 'zh' ? '，' : ', ');

  return (
    <Card withBorder padding="md" data-testid="backup-list">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={5}>{t('backup.list')}</Title>
          <Text size="xs" c="dimmed" ff="monospace">
            {folder}
          </Text>
        </Group>
        {backups.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('backup.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing="xs" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('backup.columns.created')}</Table.Th>
                  <Table.Th>{t('backup.columns.kind')}</Table.Th>
                  <Table.Th>{t('backup.columns.installation')}</Table.Th>
                  <Table.Th ta="right">{t('backup.columns.size')}</Table.Th>
                  <Table.Th ta="right">{t('backup.columns.records')}</Table.Th>
                  <Table.Th ta="right">{t('backup.columns.documents')}</Table.Th>
                  <Table.Th>{t('backup.columns.key')}</Table.Th>
                  <Table.Th>{t('backup.columns.state')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {backups.map((b) => (
                  <Table.Tr key={b.file} data-testid="backup-row" data-file={b.file} data-state={b.state}>
                    {b.state === 'damaged' ? (
                      <Table.Td colSpan={7}>
                        <Text size="sm" ff="monospace">
                          {b.file}
                        </Text>
                        <Text size="xs" c="red">
                          {t('backup.damagedNote', { problem: locale === 'zh' ? b.problem!.zh : b.problem!.en })}
                        </Text>
                      </Table.Td>
                    ) : (
                      <>
                        <Table.Td>
                          <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                            {formatDateTime(b.created!)}
                          </Text>
                          {b.note ? (
                            <Text size="xs" c="dimmed">
                              {b.note}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                            {t(`backup.kind.${b.kind!}`)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{b.installation!.name}</Text>
                          <Text size="xs" c="dimmed">
                            {t(`role.${b.installation!.role}`)}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right">
                          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                            {formatBytes(b.bytes)}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right">
                          <Tooltip label={perRegister(b.records)} multiline w={360} withinPortal>
                            <Text size="sm" style={{ cursor: 'help', textDecoration: 'underline dotted' }}>
                              {t('backup.recordsTotal', { count: total(b.records) })}
                            </Text>
                          </Tooltip>
                        </Table.Td>
                        <Table.Td ta="right">
                          <Text size="sm">{b.documents}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" c={b.withKey ? undefined : 'orange'}>
                            {b.withKey ? t('backup.withKey') : t('backup.withoutKey')}
                          </Text>
                        </Table.Td>
                      </>
                    )}
                    <Table.Td miw={90}>
                      <Badge color={b.state === 'complete' ? 'green' : 'red'} variant="light" style={{ overflow: 'visible' }}>
                        {t(`backup.state.${b.state}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Button
                          size="compact-xs"
                          variant="default"
                          onClick={() => void verify(b)}
                          loading={checking === b.file}
                          disabled={b.state !== 'complete' || checking !== null}
                          data-testid="backup-verify"
                        >
                          {t('backup.verify')}
                        </Button>
                        <Button
                          size="compact-xs"
                          color="red"
                          variant="light"
                          onClick={() => setRestoring(b)}
                          disabled={b.state !== 'complete' || checking !== null}
                          data-testid="backup-restore"
                        >
                          {t('backup.restore')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {checking ? <BackupProgress progress={progress} /> : null}
        {problem ? (
          <Alert color="red" data-testid="backup-list-problem">
            {problem}
          </Alert>
        ) : null}
      </Stack>
      {restoring ? <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} /> : null}
    </Card>
  );
}
