import { Button, Grid, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionsOf, type FieldDef, type RecordDto, type TableRow } from '../../../src-main/contract';
import { useAppData } from '../../app/AppDataContext';
import { useLocale } from '../../i18n/useLocale';
import { ChecklistPanel } from '../../registers/checklist/ChecklistPanel';
import { NextSteps } from '../../registers/checklist/NextSteps';
import { DerivedFigures } from '../../registers/detail/DerivedFigures';
import { DetailSection } from '../../registers/detail/DetailSection';
import { RecordActions } from '../../registers/detail/RecordActions';
import { RecordFieldList } from '../../registers/detail/RecordFieldList';
import { RecordMetaAndHistory } from '../../registers/detail/RecordMetaAndHistory';
import { useRecord } from '../../registers/detail/useRecord';
import { useStatusLabel } from '../../registers/form/FormSection';
import { RecordFormDrawer } from '../../registers/form/RecordFormDrawer';
import { TableView } from '../../registers/values/TableView';
import { RecordPageFallback } from '../RecordPageFallback';
import type { RecordPageProps } from '../recordPages';
import { RuleFindingsPanel } from '../rules/RuleFindingsPanel';
import { DelegationBudget } from './DelegationBudget';
import { DelegationHeader, headerFields } from './DelegationHeader';
import { DelegationStandards } from './DelegationStandards';

/** Tables shown as their own sections side by side: two columns of members beside five of itinerary. */
const tableSections = [
  { key: 'members', span: 5 },
  { key: 'legs', span: 7 },
];

/** Switches no row turns on (host-provided lodging or meals) say nothing: the section leaves them out. */
const unsetSwitches = (field: FieldDef, rows: TableRow[]) =>
  (field.columns ?? []).filter((c) => c.type === 'boolean' && !rows.some((r) => r[c.key])).map((c) => c.key);

/**
 * One delegation on its own page: what it is, the figures derived from it, the next status move and what
 * blocks it, members and itinerary, the review checklist worked through inline, return and report, and
 * its history.
 */
export function DelegationPage({ def, id }: RecordPageProps) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const { revision, touch, canWrite } = useAppData();
  const state = useRecord(def.name, id, revision(def.name));
  /** The edit form: null when closed; `focus` names the field it opens at. */
  const [form, setForm] = useState<{ focus?: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [checklistDirty, setChecklistDirty] = useState(false);
  const changed = useCallback(() => touch(def.name), [touch, def.name]);
  const statusLabel = useStatusLabel(def);

  if (state.status !== 'ready') return <RecordPageFallback def={def} state={state} />;
  const record: RecordDto = state.record;
  const writable = canWrite(def, record) && !record.meta.deleted;
  const byKey = (key: string) => def.fields.find((f) => f.key === key);
  const checklist = def.checklist ? byKey(def.checklist.field) : undefined;
  const shownElsewhere = new Set([...headerFields, ...tableSections.map((t) => t.key), def.checklist?.field, 'budgetEstimate']);
  // The same sections as the form: the other direction's fields left out, a later stage's folded until then.
  const sections = sectionsOf(
    def,
    record.values,
    def.fields.filter((f) => !f.derived && !shownElsewhere.has(f.key)),
  );
  const edit = (focus?: string) => setForm({ focus });
  const editButton = (focus: string, testId: string) =>
    writable ? (
      <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={() => edit(focus)} data-testid={testId}>
        {t('detail.edit')}
      </Button>
    ) : null;

  const tableSection = (field: FieldDef) => {
    const rows = (record.values[field.key] as TableRow[] | null) ?? [];
    return (
      <DetailSection title={l(field.label)} testId={`section-${field.key}`} aside={editButton(field.key, `edit-${field.key}`)}>
        {rows.length ? (
          <TableView field={field} rows={rows} rowRefTitles={record.rowRefTitles} hide={unsetSwitches(field, rows)} />
        ) : (
          <Text size="sm" c="dimmed">
            {t(`delegation.empty.${field.key}`)}
          </Text>
        )}
      </DetailSection>
    );
  };

  return (
    <Stack gap="md" pb="xl" data-testid="delegation-page">
      <DelegationHeader
        def={def}
        record={record}
        actions={
          canWrite(def, record) ? (
            <RecordActions
              def={def}
              record={record}
              confirming={confirming}
              setConfirming={setConfirming}
              onEdit={() => edit()}
              onChanged={changed}
            />
          ) : null
        }
      />
      <DerivedFigures def={def} record={record} />
      {record.meta.deleted ? null : (
        <NextSteps
          def={def}
          record={record}
          writable={writable}
          onMoved={changed}
          holdReason={checklistDirty ? t('steps.saveChecklistFirst') : null}
        />
      )}
      {record.meta.deleted ? null : <RuleFindingsPanel def={def} record={record} />}
      <Grid gap="md">
        {tableSections.map(({ key, span }) => {
          const field = byKey(key);
          return field ? (
            <Grid.Col key={key} span={{ base: 12, lg: span }}>
              {tableSection(field)}
            </Grid.Col>
          ) : null;
        })}
      </Grid>
      {checklist ? (
        // Starts afresh when the saved checklist changes, and only then: unsaved ticks survive a report edit.
        <ChecklistPanel
          key={JSON.stringify(record.values[checklist.key] ?? null)}
          def={def}
          field={checklist}
          record={record}
          writable={writable}
          onSaved={changed}
          onDirtyChange={setChecklistDirty}
        />
      ) : null}
      <DelegationBudget def={def} record={record} />
      <DelegationStandards record={record} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {sections.map((section) => (
          <DetailSection
            key={section.key}
            title={section.label ? l(section.label) : ''}
            testId={`section-${section.key}`}
            aside={editButton(section.fields[0]!.key, `edit-${section.key}`)}
          >
            {section.later ? (
              <Text size="sm" c="dimmed" data-testid={`later-${section.key}`}>
                {t('form.laterSection', { status: statusLabel(section.fromStatus) })}
                {t('history.separator')}
                {section.fields.map((f) => l(f.label)).join(t('history.cellSeparator'))}
              </Text>
            ) : (
              <RecordFieldList def={def} record={record} fields={section.fields} />
            )}
          </DetailSection>
        ))}
      </SimpleGrid>
      <RecordMetaAndHistory def={def} record={record} title={t('detail.meta')} onRestored={writable ? changed : undefined} />
      {form ? (
        <RecordFormDrawer
          def={def}
          record={record}
          focus={form.focus}
          onClose={() => setForm(null)}
          onSaved={() => {
            setForm(null);
            changed();
          }}
        />
      ) : null}
    </Stack>
  );
}
