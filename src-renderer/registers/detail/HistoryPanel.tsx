import { Alert, Badge, Button, Group, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconArrowBackUp, IconEye, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry, RecordDto, RegisterDef } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { formatDateTime } from '../../util/format';
import { errorMessage } from '../../util/notify';
import { useTextLookups } from '../values/useTextLookups';
import { ChangeLine } from './ChangeLine';
import { RestoreVersionModal } from './RestoreVersionModal';
import { useRefTitles } from './useRefTitles';

const ops = {
  create: { icon: IconPlus, color: 'green' },
  put: { icon: IconPencil, color: 'blue' },
  delete: { icon: IconTrash, color: 'red' },
  restore: { icon: IconArrowBackUp, color: 'teal' },
  reveal: { icon: IconEye, color: 'orange' },
} as const;

interface Props {
  def: RegisterDef;
  id: string;
  /** Changes when there is a new entry to show (a new version of the record, a reveal). */
  reloadKey: string;
  onLoaded?: (entries: HistoryEntry[]) => void;
  /** Offers 恢复此版本 on each earlier version when this installation may edit the record. */
  restore?: { record: RecordDto; onRestored: (record: RecordDto) => void };
}

/** Who changed what and when, newest first, with each field's value before and after. */
export function HistoryPanel({ def, id, reloadKey, onLoaded, restore }: Props) {
  const { t } = useTranslation();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<HistoryEntry | null>(null);
  const refTitles = useRefTitles(def, entries?.flatMap((e) => e.changes) ?? []);
  const lookups = useTextLookups(refTitles);

  useEffect(() => {
    let live = true;
    invoke('records.history', { register: def.name, id }).then(
      (list) => {
        if (!live) return;
        setEntries(list);
        onLoaded?.(list);
      },
      (err) => live && setProblem(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [def.name, id, reloadKey, onLoaded]);

  // The backend lists changes and reveals together, oldest first (a reveal has no clock of its own).
  const newestFirst = entries ? [...entries].reverse() : [];
  return (
    <Stack gap="sm" data-testid="history-panel">
      <Title order={5}>{t('history.title')}</Title>
      {problem ? <Alert color="red">{problem}</Alert> : null}
      {!entries && !problem ? <Skeleton h={80} /> : null}
      {entries?.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('history.empty')}
        </Text>
      ) : null}
      {/* Every entry "active", so each bullet takes its operation's colour. */}
      <Timeline bulletSize={24} lineWidth={2} active={newestFirst.length - 1}>
        {newestFirst.map((entry) => {
          const op = ops[entry.op];
          const isHead = entry.changeId === restore?.record.meta.head;
          // A deletion holds no values, and a reveal is no version.
          const restorable = restore && !isHead && entry.op !== 'delete' && entry.op !== 'reveal';
          return (
            <Timeline.Item
              key={entry.changeId}
              bullet={<op.icon size={14} />}
              color={op.color}
              data-testid={`history-${entry.op}`}
              title={
                <Text size="sm" fw={600}>
                  {t(`history.${entry.op}`)} · {entry.authorName}
                </Text>
              }
            >
              <Group gap="xs" justify="space-between" wrap="nowrap">
                <Text size="xs" c="dimmed">
                  {formatDateTime(entry.at)}
                </Text>
                {isHead ? (
                  <Badge size="xs" variant="light" tt="none">
                    {t('history.current')}
                  </Badge>
                ) : null}
                {restorable ? (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    leftSection={<IconArrowBackUp size={12} />}
                    onClick={() => setRestoring(entry)}
                    data-testid="restore-version"
                  >
                    {t('history.restoreVersion')}
                  </Button>
                ) : null}
              </Group>
              {entry.changes.map((change) => {
                const field = def.fields.find((f) => f.key === change.field);
                return field ? <ChangeLine key={change.field} field={field} change={change} op={entry.op} lookups={lookups} /> : null;
              })}
            </Timeline.Item>
          );
        })}
      </Timeline>
      {restore && restoring ? (
        <RestoreVersionModal
          def={def}
          record={restore.record}
          entry={restoring}
          onCancel={() => setRestoring(null)}
          onDone={(saved) => {
            setRestoring(null);
            restore.onRestored(saved);
          }}
        />
      ) : null}
    </Stack>
  );
}
