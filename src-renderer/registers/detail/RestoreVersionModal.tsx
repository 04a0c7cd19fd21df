import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue, HistoryEntry, RecordDto, RegisterDef } from '../../../src-main/contract';
import { pick } from '../../../src-main/contract/localized';
import { invoke } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useLocale } from '../../i18n/useLocale';
import { formatDateTime } from '../../util/format';
import { errorMessage, notifySuccess } from '../../util/notify';

interface Props {
  def: RegisterDef;
  /** The record as the page shows it now: the restore is refused if it has changed since. */
  record: RecordDto;
  entry: HistoryEntry;
  onDone: (record: RecordDto) => void;
  onCancel: () => void;
}

/**
 * Asks before an earlier version becomes the record's values again (a new change, checked like an edit). A refusal
 * (the gate's: an approved trip cannot go back before its approval) stays in the dialog, with what it names.
 */
export function RestoreVersionModal({ def, record, entry, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; issues: FieldIssue[] } | null>(null);
  const [warnings, setWarnings] = useState<FieldIssue[]>([]);

  const restore = (confirm?: string[]) => {
    setBusy(true);
    setRefusal(null);
    invoke('records.restoreVersion', {
      register: def.name,
      id: record.id,
      changeId: entry.changeId,
      baseHead: record.meta.head,
      ...(confirm ? { confirm } : {}),
    })
      .then(
        (saved) => {
          notifySuccess(t('history.restored'), String(saved.values[def.titleField] ?? ''));
          onDone(saved);
        },
        (err: unknown) => {
          if (err instanceof ApiError && err.body.code === 'NEEDS_CONFIRMATION') setWarnings(err.body.issues ?? []);
          else setRefusal({ message: errorMessage(err), issues: err instanceof ApiError ? (err.body.issues ?? []) : [] });
        },
      )
      .finally(() => setBusy(false));
  };

  return (
    <Modal opened onClose={onCancel} title={t('history.restoreTitle')} zIndex={400} centered size="lg">
      <Stack gap="sm" data-testid="restore-version-dialog">
        <Text size="sm">{t('history.restoreBody', { at: formatDateTime(entry.at), author: entry.authorName })}</Text>
        {refusal ? (
          <Alert color="red" data-testid="restore-version-refusal">
            <Text size="sm">{refusal.message}</Text>
            {refusal.issues.length ? (
              <List size="sm" mt={4}>
                {refusal.issues.map((i) => (
                  <List.Item key={i.field + pick(i.message, locale)}>{pick(i.message, locale)}</List.Item>
                ))}
              </List>
            ) : null}
          </Alert>
        ) : null}
        {warnings.length ? (
          <Alert color="orange" title={t('form.confirmTitle')} data-testid="restore-version-warnings">
            {warnings.map((w) => (
              <Text key={w.warning ?? w.field} size="sm">
                {pick(w.message, locale)}
              </Text>
            ))}
          </Alert>
        ) : null}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onCancel} data-autofocus>
            {t('form.cancel')}
          </Button>
          {warnings.length ? (
            <Button
              color="orange"
              loading={busy}
              onClick={() => restore(warnings.map((w) => w.warning!).filter(Boolean))}
              data-testid="restore-version-anyway"
            >
              {t('history.restoreAnyway')}
            </Button>
          ) : (
            <Button loading={busy} onClick={() => restore()} disabled={Boolean(refusal)} data-testid="confirm-restore-version">
              {t('history.restoreConfirm')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
