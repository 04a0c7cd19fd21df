import { Alert, Badge, Group, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SheetImportReport } from '../../../src-main/contract';
import { useLocale } from '../../i18n/useLocale';

/** Refused rows shown at once; a file with more is better fixed from the first ones. */
const shownProblems = 500;

/** The dry run's report: counts, how columns were read, and every refused cell with its row and reason. */
export function ImportReportView({ report }: { report: SheetImportReport }) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const refusedRows = new Set(report.rowsRefused.map((r) => r.row)).size;
  const counts = [
    ['created', report.created, 'green'],
    ['updated', report.updated, 'blue'],
    ['unchanged', report.unchanged, 'gray'],
    ['refused', refusedRows, refusedRows ? 'red' : 'gray'],
  ] as const;
  return (
    <Stack gap="sm" data-testid="xlsx-report">
      <Group gap="xs">
        {counts.map(([key, n, color]) => (
          <Badge key={key} color={color} variant="light" size="lg" tt="none" data-testid={`xlsx-count-${key}`} data-count={n}>
            {t(`xlsx.${key}`)} {n}
          </Badge>
        ))}
      </Group>
      <Text size="sm">
        {t('xlsx.summary', { ok: report.rowsOk, created: report.created, updated: report.updated, unchanged: report.unchanged, refused: refusedRows })}
      </Text>
      {report.rowsRefused.length ? (
        <Stack gap={4}>
          <Title order={6} c="red">{t('xlsx.problems')}</Title>
          <ScrollArea.Autosize mah={260}>
            <Table striped withTableBorder fz="sm" data-testid="xlsx-problems">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('xlsx.row')}</Table.Th>
                  <Table.Th>{t('xlsx.column')}</Table.Th>
                  <Table.Th>{t('xlsx.value')}</Table.Th>
                  <Table.Th>{t('xlsx.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.rowsRefused.slice(0, shownProblems).map((r, i) => (
                  <Table.Tr key={i} data-row={r.row}>
                    <Table.Td>{r.row}</Table.Td>
                    <Table.Td>{r.column ? `${r.column} ${r.header}` : t('xlsx.wholeRow')}</Table.Td>
                    <Table.Td style={{ wordBreak: 'break-all' }}>{r.value}</Table.Td>
                    <Table.Td>{l(r.reason)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </Stack>
      ) : (
        <Alert color="green" variant="light" py="xs">{report.rowsOk ? t('xlsx.noProblems') : t('xlsx.nothingToImport')}</Alert>
      )}
      <Stack gap={4}>
        <Title order={6}>{t('xlsx.mapping')}</Title>
        <ScrollArea.Autosize mah={160}>
          <Table withTableBorder fz="xs" data-testid="xlsx-mapping">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('xlsx.columnHeader')}</Table.Th>
                <Table.Th>{t('xlsx.fieldHeader')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.columns.map((c) => (
                <Table.Tr key={c.column}>
                  <Table.Td>{c.column} {c.header}</Table.Td>
                  <Table.Td>{l(c.label)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
        {report.unknownColumns.length ? (
          <Text size="sm" c="orange" data-testid="xlsx-unknown">
            {t('xlsx.unknown', { columns: report.unknownColumns.map((u) => `${u.column}「${u.header}」`).join('、') })}
          </Text>
        ) : null}
      </Stack>
    </Stack>
  );
}
