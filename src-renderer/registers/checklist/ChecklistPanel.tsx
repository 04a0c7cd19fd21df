import { Badge, Button, Group, Progress, Table, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDef, RecordDto, RegisterDef, TableRow } from '../../../src-main/contract';
import { pick } from '../../../src-main/contract/localized';
import { invoke } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useLocale } from '../../i18n/useLocale';
import { notifyError, notifySuccess } from '../../util/notify';
import { DetailSection } from '../detail/DetailSection';
import { FieldInput } from '../form/FieldInput';
import { toFieldValue, toFormValue, type FormValues } from '../form/formValues';
import { FieldValueView } from '../values/FieldValueView';
import { checklistStages, isSettled, needsEvidence } from './checklistItems';

/**
 * What is worked on inline per item; the item's own definition (title, stage) comes from the template. The due
 * date comes from the trip's dates and the rules; one typed here is kept, one cleared goes back to the rules.
 */
const progressColumns = ['status', 'dueDate', 'reviewer', 'date', 'note', 'evidence'];
const columnWidths: Record<string, number> = { status: 150, dueDate: 140, reviewer: 110, date: 140, evidence: 190 };

interface Props {
  def: RegisterDef;
  /** The register's checklist field (def.checklist.field). */
  field: FieldDef;
  record: RecordDto;
  writable: boolean;
  onSaved: (record: RecordDto) => void;
  /** Unsaved edits hold status moves back: the backend judges the saved checklist. */
  onDirtyChange: (dirty: boolean) => void;
}

/**
 * The record's review checklist, grouped by the stage each item is required before, worked through
 * inline and saved as a whole against the version the user saw. Marking an item settled dates it today
 * unless a date is already there.
 */
export function ChecklistPanel({ def, field, record, writable, onSaved, onDirtyChange }: Props) {
  const { t } = useTranslation();
  const { l, locale } = useLocale();
  const [saving, setSaving] = useState(false);
  const key = field.key;
  const column = (k: string) => field.columns?.find((c) => c.key === k);
  const form = useForm<FormValues>({
    initialValues: { [key]: toFormValue(field, record.values[key]) },
    onValuesChange: (values, previous) => {
      (values[key] as TableRow[]).forEach((row, i) => {
        const was = (previous[key] as TableRow[])[i];
        if (row.status !== was?.status && row.status !== 'pending' && !row.date)
          form.setFieldValue(`${key}.${i}.date`, dayjs().format('YYYY-MM-DD'));
      });
    },
  });
  const rows = (form.getValues()[key] as TableRow[]) ?? [];
  const dirty = form.isDirty();
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const save = async () => {
    setSaving(true);
    try {
      const saved = await invoke('records.put', {
        register: def.name,
        id: record.id,
        baseHead: record.meta.head,
        values: { [key]: toFieldValue(field, form.getValues()[key]) },
      });
      notifySuccess(t('checklist.saved'));
      onSaved(saved);
    } catch (err) {
      const issues = err instanceof ApiError ? (err.body.issues ?? []) : [];
      for (const i of issues) if (i.field.startsWith(`${key}.`)) form.setFieldError(i.field, pick(i.message, locale));
      notifyError(err);
    } finally {
      setSaving(false);
    }
  };

  const settledCount = rows.filter(isSettled).length;
  const progress = (
    <Group gap="sm" wrap="nowrap" data-testid="checklist-progress">
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {t('checklist.progress', { done: settledCount, total: rows.length })}
      </Text>
      <Progress value={rows.length ? (settledCount / rows.length) * 100 : 0} color="green" w={140} />
    </Group>
  );
  const cell = (row: TableRow, i: number, k: string) => {
    const c = column(k);
    if (!c) return null;
    return writable ? (
      <FieldInput field={{ ...c, key: `${key}.${i}.${k}` }} form={form} bare />
    ) : (
      <FieldValueView field={c} value={row[k]} />
    );
  };

  return (
    <DetailSection title={l(field.label)} aside={rows.length ? progress : null} testId="checklist">
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('checklist.empty')}
        </Text>
      ) : null}
      {rows.length > 0 ? (
        <Table.ScrollContainer minWidth={1060} type="native">
          <Table verticalSpacing={6} withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{l(column('title')?.label)}</Table.Th>
                {progressColumns.map((k) => (
                  <Table.Th key={k} w={columnWidths[k]} title={k === 'dueDate' ? t('checklist.dueHelp') : undefined}>
                    {l(column(k)?.label)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {checklistStages(field, rows).map((stage) => (
                <Fragment key={stage.value}>
                  <Table.Tr bg="var(--mantine-color-default-hover)">
                    <Table.Td colSpan={progressColumns.length + 1}>
                      <Group gap="xs">
                        <Text size="sm" fw={600}>
                          {l(stage.label)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {stage.items.filter(({ row }) => isSettled(row)).length} / {stage.items.length}
                        </Text>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                  {stage.items.map(({ row, index }) => (
                    <Table.Tr key={index} data-testid={`checklist-item-${String(row.key ?? index)}`} style={{ verticalAlign: 'top' }}>
                      <Table.Td miw={220}>
                        <Text size="sm" mt={6}>
                          {locale === 'en' ? String(row.titleEn ?? row.title ?? '') : String(row.title ?? '')}
                        </Text>
                        <Group gap={6} mt={4}>
                          {row.evidenceNeeded ? (
                            <Badge size="xs" variant="outline" color="gray" radius="sm" tt="none">
                              {t('checklist.evidenceNeeded')}
                            </Badge>
                          ) : null}
                          {needsEvidence(row) ? (
                            <Text size="xs" c="orange">
                              {t('checklist.evidenceMissing')}
                            </Text>
                          ) : null}
                        </Group>
                      </Table.Td>
                      {progressColumns.map((k) => (
                        <Table.Td key={k}>{cell(row, index, k)}</Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {writable && rows.length > 0 ? (
        <Group justify="flex-end" gap="sm">
          {dirty ? (
            <Text size="sm" c="orange" data-testid="checklist-unsaved">
              {t('checklist.unsaved')}
            </Text>
          ) : null}
          <Button variant="default" disabled={!dirty || saving} onClick={() => form.reset()} data-testid="checklist-reset">
            {t('checklist.reset')}
          </Button>
          <Button disabled={!dirty} loading={saving} onClick={() => void save()} data-testid="checklist-save">
            {t('checklist.save')}
          </Button>
        </Group>
      ) : null}
    </DetailSection>
  );
}
