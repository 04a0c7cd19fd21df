import { Alert, Anchor, Badge, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SyncImportReport } from '../../../src-main/contract';
import { useAppData } from '../../app/AppDataContext';
import { routeHref } from '../../app/useHashRoute';
import { useLocale } from '../../i18n/useLocale';
import { formatDateTime } from '../../util/format';

/** A preview or an import report: who signed, when, what changes per register, conflicts, gaps, clock warnings. */
export function ImportReportView({ report, authorName }: { report: SyncImportReport; authorName: (id: string) => string }) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const { findRegister } = useAppData();
  const registers = Object.entries(report.perRegister);
  const figure = (label: string, value: string | number, testid?: string) => (
    <div data-testid={testid}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={600}>{value}</Text>
    </div>
  );
  return (
    <Stack gap="sm" data-testid={report.preview ? 'import-preview' : 'import-report'}>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
        {figure(t('sync.signer'), report.signer)}
        {figure(t('sync.created'), formatDateTime(report.created))}
        {figure(t('sync.sequence'), report.sequence)}
        {figure(t('sync.newChanges'), report.newChanges, 'report-new-changes')}
        {figure(t('sync.recordsTouched'), report.recordsTouched)}
        {figure(report.preview ? t('sync.conflictsToCome') : t('sync.conflictsFound'), report.conflicts.length, 'report-conflicts')}
      </SimpleGrid>
      {report.newChanges === 0 ? <Alert color="gray">{t('sync.nothingNew')}</Alert> : null}
      {registers.length > 0 ? (
        <div>
          <Text size="xs" c="dimmed" mb={4}>{t('sync.perRegister')}</Text>
          <Group gap={6}>
            {registers.map(([name, n]) => <Badge key={name} variant="light" radius="sm" tt="none">{l(findRegister(name)?.label) || name} {n}</Badge>)}
          </Group>
        </div>
      ) : null}
      {report.conflicts.length > 0 && !report.preview ? (
        <Anchor href={routeHref({ page: 'conflicts' })} c="orange">{t('sync.conflictsLink', { count: report.conflicts.length })}</Anchor>
      ) : null}
      {report.gaps.length > 0 ? (
        <Alert color="yellow" title={t('sync.gaps')}>
          <List size="sm">
            {report.gaps.map((g) => (
              <List.Item key={g.author}>{t('sync.gap', { author: authorName(g.author), missing: g.missing.join(', ') || '—', waiting: g.awaitingParents })}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {report.clockWarnings > 0 ? <Alert color="yellow" title={t('sync.clockWarnings')}>{t('sync.clockWarning', { count: report.clockWarnings })}</Alert> : null}
    </Stack>
  );
}
