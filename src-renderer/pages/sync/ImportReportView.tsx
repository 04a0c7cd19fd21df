import { Alert, Anchor, List, SimpleGrid, Stack, Table, Text } from '@mantine/core';
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
  // Per register: its new changes and the records that will be (or are) in conflict.
  const conflictsIn = new Map<string, number>();
  for (const c of report.conflicts) conflictsIn.set(c.register, (conflictsIn.get(c.register) ?? 0) + 1);
  const registers = [...new Set([...Object.keys(report.perRegister), ...conflictsIn.keys()])].map((name) => ({
    name,
    changes: report.perRegister[name] ?? 0,
    conflicts: conflictsIn.get(name) ?? 0,
  }));
  const figure = (label: string, value: string | number, testid?: string) => (
    <div data-testid={testid}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
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
        <Table withTableBorder verticalSpacing={4} maw={520} data-testid="report-registers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sync.registerColumn')}</Table.Th>
              <Table.Th ta="right">{t('sync.changesColumn')}</Table.Th>
              <Table.Th ta="right">{t('sync.conflictsColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {registers.map((r) => (
              <Table.Tr key={r.name} data-register={r.name}>
                <Table.Td>{l(findRegister(r.name)?.label) || r.name}</Table.Td>
                <Table.Td ta="right">{r.changes}</Table.Td>
                <Table.Td ta="right" c={r.conflicts ? 'orange.8' : undefined} fw={r.conflicts ? 600 : undefined}>
                  {r.conflicts || '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {report.conflicts.length > 0 && report.preview ? (
        <Alert color="orange" data-testid="report-conflicts-ahead">
          {t('sync.conflictsAhead')}
        </Alert>
      ) : null}
      {report.conflicts.length > 0 && !report.preview ? (
        <Anchor href={routeHref({ page: 'conflicts' })} c="orange">
          {t('sync.conflictsLink', { count: report.conflicts.length })}
        </Anchor>
      ) : null}
      {report.gaps.length > 0 ? (
        <Alert color="yellow" title={t('sync.gaps')}>
          <List size="sm">
            {report.gaps.map((g) => (
              <List.Item key={g.author}>
                {t('sync.gap', { author: authorName(g.author), missing: g.missing.join(', ') || '—', waiting: g.awaitingParents })}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {report.clockWarnings > 0 ? (
        <Alert color="yellow" title={t('sync.clockWarnings')}>
          {t('sync.clockWarning', { count: report.clockWarnings })}
        </Alert>
      ) : null}
    </Stack>
  );
}
