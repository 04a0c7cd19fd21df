import { Alert, Badge, Group, ScrollArea, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetImportReport } from '../../../src-main/contract';
import { useLocale } from '../../i18n/useLocale';

/** Refused rows shown at once; a file with more is better fixed from the first ones. */
const shownProblems = 500;

/** Select value for a column left out: field keys are camelCase, so none is this. */
const ignore = '-';

/** Column letters in sheet order: "B" before "AA". */
const byLetter = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

interface Props {
  report: SheetImportReport;
  /** Where given, each column's field is a choice (the preview); a finished import only shows it. */
  onMapColumn?: (column: string, field: string | null) => void;
  /** The preview is being checked again: the choices wait. */
  remapping?: boolean;
  /** Shown between the refused cells and the columns: the values step, which answers many of them. */
  children?: ReactNode;
}

/** The dry run's report: counts, how columns were read (and, in the preview, chosen), and every refused cell. */
export function ImportReportView({ report, onMapColumn, remapping, children }: Props) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const choices = [
    { value: ignore, label: t('xlsx.ignoreColumn') },
    ...report.fieldChoices.map((c) => ({ value: c.field, label: l(c.label) })),
  ];
  const sheetColumns = [
    ...report.columns.map((c) => ({ column: c.column, header: c.header, field: c.field, label: l(c.label) })),
    ...report.unknownColumns.map((u) => ({ column: u.column, header: u.header, field: ignore, label: t('xlsx.ignoreColumn') })),
  ].sort((a, b) => byLetter(a.column, b.column));
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
        {t('xlsx.summary', {
          ok: report.rowsOk,
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
          refused: refusedRows,
        })}
      </Text>
      {report.rowsRefused.length ? (
        <Stack gap={4}>
          <Title order={6} c="red">
            {t('xlsx.problems')}
          </Title>
          <ScrollArea.Autosize mah={260}>
            <Table striped withTableBorder fz="sm" data-testid="xlsx-problems">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('xlsx.row')}</Table.Th>
                  <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('xlsx.column')}</Table.Th>
                  <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('xlsx.value')}</Table.Th>
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
        <Alert color="green" variant="light" py="xs">
          {report.rowsOk ? t('xlsx.noProblems') : t('xlsx.nothingToImport')}
        </Alert>
      )}
      {report.rowsNoted.length ? (
        <Alert color="yellow" variant="light" title={t('xlsx.noted', { count: report.rowsNoted.length })} data-testid="xlsx-noted">
          <Stack gap={2}>
            {report.rowsNoted.slice(0, shownProblems).map((r) => (
              <Text key={r.row} size="sm" data-row={r.row}>
                {t('xlsx.row')} {r.row}
                {t('history.separator')}
                {l(r.reason)}
              </Text>
            ))}
          </Stack>
        </Alert>
      ) : null}
      {children}
      <Stack gap={4}>
        <Title order={6}>{t('xlsx.mapping')}</Title>
        {onMapColumn ? (
          <Text size="xs" c="dimmed">
            {t('xlsx.remapHint')}
          </Text>
        ) : null}
        <ScrollArea.Autosize mah={onMapColumn ? 260 : 160}>
          <Table withTableBorder fz="xs" data-testid="xlsx-mapping">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('xlsx.columnHeader')}</Table.Th>
                <Table.Th>{t('xlsx.fieldHeader')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sheetColumns.map((c) => (
                <Table.Tr key={c.column} data-column={c.column}>
                  <Table.Td>
                    {c.column} {c.header}
                  </Table.Td>
                  <Table.Td py={onMapColumn ? 2 : undefined}>
                    {onMapColumn ? (
                      <Select
                        size="xs"
                        data={choices}
                        value={c.field}
                        allowDeselect={false}
                        searchable
                        disabled={remapping}
                        comboboxProps={{ withinPortal: true }}
                        data-testid={`xlsx-map-${c.column}`}
                        aria-label={`${c.column} ${c.header}`}
                        onChange={(v) => v !== null && v !== c.field && onMapColumn(c.column, v === ignore ? null : v)}
                      />
                    ) : (
                      c.label
                    )}
                  </Table.Td>
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
