import { Alert, Anchor, Badge, Card, Group, List, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useAppData } from '../../app/AppDataContext';
import { useDepartments } from '../../app/DepartmentsContext';
import { routeHref } from '../../app/useHashRoute';
import { useLocale } from '../../i18n/useLocale';
import { formatDateTime } from '../../util/format';
import { errorMessage } from '../../util/notify';
import { ageText } from './age';
import { ExportCard } from './ExportCard';
import { ImportCard } from './ImportCard';

/** The fingerprint as numbered groups of four, large enough to read aloud over the phone. */
function Fingerprint({ value }: { value: string }) {
  return (
    <Group gap="xs" data-testid="sync-fingerprint">
      {value.split(' ').map((group, i) => (
        <Stack key={i} gap={0} align="center">
          <Text ff="monospace" fz="lg" fw={600}>{group}</Text>
          <Text size="xs" c="dimmed">{i + 1}</Text>
        </Stack>
      ))}
    </Group>
  );
}

/** `#/sync`: this installation, the installations it knows, export, import with preview, conflicts, and how enrolment goes. */
export function SyncPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { touchAll } = useAppData();
  const departments = useDepartments();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const load = useCallback(() => invoke('sync.status', {}).then(setStatus, (err: unknown) => setProblem(errorMessage(err))), []);
  useEffect(() => void load(), [load]);

  if (problem) return <Alert color="red">{problem}</Alert>;
  if (!status) return <Skeleton h={400} />;
  const { self } = status;
  const authorName = (id: string) => (id === self.id ? self.name : status.installations.find((i) => i.id === id)?.name ?? id);
  const steps = t('sync.enrolSteps', { returnObjects: true }) as string[];

  return (
    <Stack gap="md" data-testid="sync-page">
      <div>
        <Title order={3}>{t('sync.title')}</Title>
        <Text c="dimmed" size="sm" maw={820}>{t('sync.intro')}</Text>
      </div>
      {status.conflicts > 0 ? (
        <Alert color="orange" data-testid="sync-conflicts">
          <Anchor href={routeHref({ page: 'conflicts' })} c="orange.8" fw={600}>{t('sync.conflictsLink', { count: status.conflicts })}</Anchor>
        </Alert>
      ) : (
        <Text size="sm" c="dimmed">{t('sync.noConflicts')} <Anchor href={routeHref({ page: 'conflicts' })} size="sm">{t('nav.conflicts')}</Anchor></Text>
      )}
      <Card withBorder padding="md" data-testid="sync-self">
        <Stack gap="sm">
          <Title order={5}>{t('sync.self')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <div><Text size="xs" c="dimmed">{t('sync.name')}</Text><Text fw={600}>{self.name}</Text></div>
            <div><Text size="xs" c="dimmed">{t('sync.role')}</Text><Text fw={600}>{t(`role.${self.role}`)}</Text></div>
            <div><Text size="xs" c="dimmed">{t('sync.departments')}</Text><Text fw={600}>{self.departments.map((d) => departments.name(d)).join('、') || '—'}</Text></div>
          </SimpleGrid>
          <div><Text size="xs" c="dimmed">{t('sync.id')}</Text><Text ff="monospace" size="sm">{self.id}</Text></div>
          <div>
            <Text size="xs" c="dimmed">{t('sync.fingerprint')}</Text>
            <Fingerprint value={self.fingerprint} />
            <Text size="xs" c="dimmed" mt={4}>{t('sync.fingerprintHint')}</Text>
          </div>
        </Stack>
      </Card>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ExportCard destinations={status.destinations} />
        <ImportCard authorName={authorName} onImported={() => { void load(); touchAll(); }} />
      </SimpleGrid>
      <Card withBorder padding="md" data-testid="sync-installations">
        <Stack gap="sm">
          <Title order={5}>{t('sync.installations')}</Title>
          {status.installations.length === 0 ? <Text size="sm" c="dimmed">{t('sync.noInstallations')}</Text> : (
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('sync.name')}</Table.Th>
                  <Table.Th>{t('sync.role')}</Table.Th>
                  <Table.Th>{t('sync.fingerprint')}</Table.Th>
                  <Table.Th>{t('sync.lastBundle')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {status.installations.map((i) => (
                  <Table.Tr key={i.id}>
                    <Table.Td>
                      <Text size="sm" fw={600}>{i.name}</Text>
                      {i.status !== 'active' ? <Badge color="red" size="xs">{t(`sync.status.${i.status === 'revoked' ? 'revoked' : 'active'}`)}</Badge> : null}
                    </Table.Td>
                    <Table.Td><Text size="sm">{t(`role.${i.role}`)}{i.departments.length ? ` · ${i.departments.map((d) => departments.name(d)).join('、')}` : ''}</Text></Table.Td>
                    <Table.Td><Text size="xs" ff="monospace">{i.fingerprint}</Text></Table.Td>
                    <Table.Td>
                      {i.lastBundle ? (
                        <Text size="sm" title={formatDateTime(i.lastBundle.importedAt)}>
                          {t('sync.bundleAge', { sequence: i.lastBundle.sequence, age: ageText(i.lastBundle.importedAt, locale) })}
                        </Text>
                      ) : <Text size="sm" c="dimmed">{t('sync.never')}</Text>}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Card>
      <Card withBorder padding="md" data-testid="sync-enrol">
        <Stack gap="sm">
          <Title order={5}>{t('sync.enrol')}</Title>
          <List type="ordered" size="sm" spacing={6}>
            {steps.map((s, i) => <List.Item key={i}>{s}</List.Item>)}
          </List>
        </Stack>
      </Card>
    </Stack>
  );
}
