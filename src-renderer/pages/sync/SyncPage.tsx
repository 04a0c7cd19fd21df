import { Alert, Anchor, Card, List, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReEnrolmentDto, SyncStatus, TrustDto } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useAppData } from '../../app/AppDataContext';
import { routeHref } from '../../app/useHashRoute';
import { errorMessage } from '../../util/notify';
import { EnrolmentCard } from './EnrolmentCard';
import { ExportCard } from './ExportCard';
import { ForkRecoveryCard } from './ForkRecoveryCard';
import { ImportCard } from './ImportCard';
import { InstallationsTable } from './InstallationsTable';
import { JoinRequestApproval } from './JoinRequestApproval';
import { SelfCard } from './SelfCard';

/**
 * `#/sync`: this installation and its trust, then what its role does: the office approves join requests and
 * revokes; a laptop or review computer not yet enrolled asks to join and pins the office key; once enrolled it
 * exports (not review) and imports with a preview.
 */
export function SyncPage() {
  const { t } = useTranslation();
  const { touchAll } = useAppData();
  const [state, setState] = useState<{ status: SyncStatus; trust: TrustDto; reEnrolment: ReEnrolmentDto | null } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [forked, setForked] = useState(false);
  const load = useCallback(
    () =>
      Promise.all([invoke('sync.status', {}), invoke('sync.trust', {}), invoke('sync.reEnrolment', {})]).then(
        ([status, trust, reEnrolment]) => setState({ status, trust, reEnrolment }),
        (err: unknown) => setProblem(errorMessage(err)),
      ),
    [],
  );
  useEffect(() => void load(), [load]);

  if (problem) return <Alert color="red">{problem}</Alert>;
  if (!state) return <Skeleton h={400} />;
  const { status, trust, reEnrolment } = state;
  const { self } = status;
  const office = self.role === 'office';
  const enrolled = office || trust.officeFingerprint !== null;
  const authorName = (id: string) => (id === self.id ? self.name : (status.installations.find((i) => i.id === id)?.name ?? id));
  const changed = () => {
    void load();
    touchAll();
  };
  const steps = t('sync.enrolSteps', { returnObjects: true }) as string[];
  // Shown first while a fork is known or a re-enrolment under way; otherwise last, as the way out should one come.
  const forkCard = (
    <ForkRecoveryCard forked={forked} status={reEnrolment} selfName={self.name} selfFingerprint={self.fingerprint} onChanged={changed} />
  );

  return (
    <Stack gap="md" data-testid="sync-page" data-role={self.role} data-enrolled={enrolled}>
      <div>
        <Title order={3}>{t('sync.title')}</Title>
        <Text c="dimmed" size="sm" maw={820}>
          {t('sync.intro')}
        </Text>
      </div>
      {status.conflicts > 0 ? (
        <Alert color="orange" data-testid="sync-conflicts">
          <Anchor href={routeHref({ page: 'conflicts' })} c="orange.8" fw={600}>
            {t('sync.conflictsLink', { count: status.conflicts })}
          </Anchor>
        </Alert>
      ) : enrolled ? (
        <Text size="sm" c="dimmed">
          {t('sync.noConflicts')}{' '}
          <Anchor href={routeHref({ page: 'conflicts' })} size="sm">
            {t('nav.conflicts')}
          </Anchor>
        </Text>
      ) : null}
      <SelfCard trust={trust} />
      {enrolled ? null : <EnrolmentCard selfName={self.name} authorName={authorName} onEnrolled={changed} />}
      {office ? <JoinRequestApproval officeFingerprint={self.fingerprint} onApproved={() => void load()} /> : null}
      {enrolled && self.role === 'department' && (forked || reEnrolment) ? forkCard : null}
      {enrolled ? (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <ExportCard destinations={status.destinations} departments={self.departments} />
          <ImportCard authorName={authorName} onImported={changed} onForked={() => setForked(true)} />
        </SimpleGrid>
      ) : null}
      {enrolled && self.role === 'department' && !(forked || reEnrolment) ? forkCard : null}
      {enrolled ? <InstallationsTable installations={status.installations} canRevoke={office} onRevoked={() => void load()} /> : null}
      <Card withBorder padding="md" data-testid="sync-enrol">
        <Stack gap="sm">
          <Title order={5}>{t('sync.enrol')}</Title>
          <List type="ordered" size="sm" spacing={6}>
            {steps.map((s, i) => (
              <List.Item key={i}>{s}</List.Item>
            ))}
          </List>
        </Stack>
      </Card>
    </Stack>
  );
}
