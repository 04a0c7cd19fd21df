import { Alert, Badge, Divider, Drawer, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry, RecordDto, RegisterDef } from '../../../src-main/contract';
import { IconLock } from '@tabler/icons-react';
import { useAppData } from '../../app/AppDataContext';
import { useDepartments } from '../../app/DepartmentsContext';
import { useLocale } from '../../i18n/useLocale';
import { ChecklistPanel } from '../checklist/ChecklistPanel';
import { NextSteps } from '../checklist/NextSteps';
import { ExpiryBadge } from '../values/ExpiryBadge';
import { BackToRecord } from './BackToRecord';
import { HistoryPanel } from './HistoryPanel';
import { RecordActions } from './RecordActions';
import { RecordFieldList } from './RecordFieldList';
import { RecordMetaList } from './RecordMetaList';
import { ReferringRecords } from './ReferringRecords';
import { useRecord } from './useRecord';
import { useReveal } from './useReveal';
import { ConflictBadge } from './ConflictBadge';

/** Wide enough for the checklist table (ChecklistPanel's minimum width) inside the drawer's and the section's padding. */
const checklistDrawerWidth = 1040;

interface Props {
  def: RegisterDef;
  id: string;
  /** Another drawer (the form) is open on top: Esc belongs to it. */
  covered: boolean;
  onClose: () => void;
  onEdit: (record: RecordDto) => void;
  onChanged: (record: RecordDto) => void;
  /** What the register shows about a record beyond its fields (a plan's completion), under them. */
  panel?: ComponentType<{ def: RegisterDef; record: RecordDto }>;
}

/**
 * Everything about one record: its fields, who changed it when, and the actions allowed on it. A record
 * with a review checklist also shows its next status moves and the checklist to work through, which the
 * form leaves out.
 */
export function RecordDetailDrawer({ def, id, covered, onClose, onEdit, onChanged, panel: Panel }: Props) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const { revision, canWrite } = useAppData();
  const departments = useDepartments();
  const state = useRecord(def.name, id, revision(def.name));
  const [history, setHistory] = useState<HistoryEntry[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [checklistDirty, setChecklistDirty] = useState(false);
  const loaded = state.status === 'ready' ? state.record : null;
  const { shown: record, reveal, revealing, count: reveals } = useReveal(def, loaded);
  const title = record ? String(record.values[def.titleField] ?? '') : l(def.label);
  const checklist = def.checklist ? def.fields.find((f) => f.key === def.checklist?.field) : undefined;
  const writable = record ? canWrite(def, record) && !record.meta.deleted : false;

  return (
    // A checklist is worked through inline, evidence column and all, so its drawer takes the checklist's width.
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size={checklist ? checklistDrawerWidth : 'xl'}
      closeOnEscape={!covered && !confirming}
      title={
        <Text fw={600} truncate="end" maw={640} title={title}>
          {title}
        </Text>
      }
      data-testid="record-detail"
    >
      {state.status === 'loading' ? (
        <Stack>
          {[1, 2, 3, 4, 5].map((n) => (
            <Skeleton key={n} h={24} />
          ))}
        </Stack>
      ) : null}
      {state.status === 'missing' ? <Alert color="yellow">{t('detail.notFound')}</Alert> : null}
      {record ? (
        <Stack gap="lg">
          <BackToRecord />
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Group gap="xs">
              <Badge variant="outline" radius="sm" tt="none">
                {l(def.label)}
              </Badge>
              {record.meta.deleted ? (
                <Badge color="red" radius="sm" tt="none">
                  {t('detail.deletedBadge')}
                </Badge>
              ) : null}
              {record.meta.conflict ? <ConflictBadge register={def.name} id={record.id} /> : null}
              {record.expiry ? <ExpiryBadge def={def} expiry={record.expiry} /> : null}
              {record.context ? (
                <Badge color="gray" radius="sm" tt="none" leftSection={<IconLock size={12} />} data-testid="context-badge">
                  {t('detail.contextBadge', { owner: departments.name(record.context.owner) })}
                </Badge>
              ) : null}
            </Group>
            {canWrite(def, record) ? (
              <RecordActions
                def={def}
                record={record}
                confirming={confirming}
                setConfirming={setConfirming}
                onEdit={() => onEdit(record)}
                onChanged={onChanged}
              />
            ) : null}
          </Group>
          {record.context ? (
            <Alert color="gray" icon={<IconLock size={16} />} data-testid="context-note">
              {t('detail.contextNote', { owner: departments.name(record.context.owner) })}
            </Alert>
          ) : null}
          {checklist && !record.meta.deleted && !record.context ? (
            <NextSteps
              def={def}
              record={record}
              writable={writable}
              onMoved={onChanged}
              holdReason={checklistDirty ? t('steps.saveChecklistFirst') : null}
            />
          ) : null}
          {/* A context record shows what travelled, and has nothing more to reveal here. */}
          <RecordFieldList
            def={def}
            record={record}
            fields={def.fields.filter((f) => f !== checklist && (!record.context || f.key in record.values))}
            onReveal={record.context ? undefined : reveal}
            revealing={revealing}
          />
          {Panel ? <Panel def={def} record={record} /> : null}
          {checklist ? (
            // Starts afresh when the saved checklist changes, and only then.
            <ChecklistPanel
              key={JSON.stringify(record.values[checklist.key] ?? null)}
              def={def}
              field={checklist}
              record={record}
              writable={writable}
              onSaved={onChanged}
              onDirtyChange={setChecklistDirty}
            />
          ) : null}
          <ReferringRecords def={def} id={record.id} />
          {record.context ? null : (
            <>
              <Divider />
              <Title order={5}>{t('detail.meta')}</Title>
              <RecordMetaList id={record.id} meta={record.meta} history={history} />
              <Divider />
              <HistoryPanel
                def={def}
                id={record.id}
                reloadKey={`${record.meta.version}:${reveals}`}
                onLoaded={setHistory}
                restore={writable && loaded ? { record: loaded, onRestored: onChanged } : undefined}
              />
            </>
          )}
        </Stack>
      ) : null}
    </Drawer>
  );
}
