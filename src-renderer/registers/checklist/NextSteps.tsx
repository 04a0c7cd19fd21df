import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconArrowRight, IconLock, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDef, FieldValue, NextStep, RecordDto, RegisterDef } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useLocale } from '../../i18n/useLocale';
import { errorMessage, notifySuccess } from '../../util/notify';
import { DetailSection } from '../detail/DetailSection';
import { EnumBadge } from '../values/EnumBadge';
import { findOption } from '../values/valueText';
import { BlockerList } from './BlockerList';
import { MoveFieldsDialog } from './MoveFieldsDialog';

interface Props {
  def: RegisterDef;
  record: RecordDto;
  writable: boolean;
  /** Why no move can be made just now (unsaved checklist edits), or null. */
  holdReason: string | null;
  onMoved: (record: RecordDto) => void;
}

type Kind = 'forward' | 'back' | 'exempt';

/** Forward along the workflow, back to an earlier stage, or out of it (cancelled, never blocked). */
function kindOf(def: RegisterDef, order: string[], current: string, target: string): Kind {
  if (order.indexOf(target) < order.indexOf(current)) return 'back';
  return def.checklist?.exemptStatuses.includes(target) ? 'exempt' : 'forward';
}

/**
 * The record's next action: one button per status it may move to. A move the checklist or the rules block
 * is disabled with every item and finding named; a move the backend still refuses (a missing report, say)
 * shows its message. A move with no way back (cancelled, closed) asks first; a move that records something
 * with it (an approval's number and date) asks for it, and both are saved in one change.
 */
export function NextSteps({ def, record, writable, holdReason, onMoved }: Props) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const [busy, setBusy] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [asking, setAsking] = useState<string | null>(null);
  const statusField = def.fields.find((f) => f.key === def.statusField);
  if (!statusField) return null;
  const current = String(record.values[statusField.key] ?? '');
  const order = statusField.options?.map((o) => o.value) ?? [];
  const label = (status: string) => l(findOption(statusField, status)?.label ?? { zh: status, en: status });
  const steps = record.nextSteps ?? [];

  const move = (status: string, extra: Record<string, FieldValue> = {}) => {
    setConfirming(null);
    setBusy(status);
    setRefusal(null);
    invoke('records.put', {
      register: def.name,
      id: record.id,
      baseHead: record.meta.head,
      values: { ...extra, [statusField.key]: status },
    })
      .then(
        (saved) => {
          setAsking(null);
          notifySuccess(t('steps.moved', { status: label(status) }));
          onMoved(saved);
        },
        (err) => setRefusal(errorMessage(err)),
      )
      .finally(() => setBusy(null));
  };
  const askedFields = (status: string): FieldDef[] =>
    (def.moveFields?.[status] ?? []).map((key) => def.fields.find((f) => f.key === key)).filter((f): f is FieldDef => f !== undefined);
  const ask = (status: string) => {
    if (askedFields(status).length) setAsking(status);
    else if ((def.transitions?.[status] ?? []).length === 0) setConfirming(status);
    else move(status);
  };

  const button = (step: NextStep) => {
    const kind = kindOf(def, order, current, step.status);
    const blocked = step.blockers.length > 0 || (step.ruleBlockers?.length ?? 0) > 0 || step.officeOnly === true;
    const Icon = blocked ? IconLock : kind === 'back' ? IconArrowBackUp : kind === 'exempt' ? IconX : IconArrowRight;
    return (
      <Button
        variant={kind === 'forward' ? 'filled' : kind === 'exempt' ? 'light' : 'default'}
        color={kind === 'exempt' ? 'red' : findOption(statusField, step.status)?.color}
        leftSection={<Icon size={16} />}
        disabled={blocked || holdReason !== null || (busy !== null && busy !== step.status)}
        loading={busy === step.status}
        onClick={() => ask(step.status)}
        data-testid={`next-${step.status}`}
      >
        {kind === 'back' ? t('steps.moveBack', { status: label(step.status) }) : t('steps.moveTo', { status: label(step.status) })}
      </Button>
    );
  };

  return (
    <DetailSection
      title={t('steps.title')}
      testId="next-steps"
      aside={
        <Group gap={6}>
          <Text size="sm" c="dimmed">
            {t('steps.current')}
          </Text>
          <EnumBadge field={statusField} value={current} />
        </Group>
      }
    >
      {steps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('steps.none')}
        </Text>
      ) : null}
      {steps.length > 0 && !writable ? (
        <Text size="sm" c="dimmed">
          {t('steps.readOnly')}
        </Text>
      ) : null}
      {steps.length > 0 && writable ? (
        <Stack gap="sm">
          {holdReason ? (
            <Alert color="yellow" py={8}>
              {holdReason}
            </Alert>
          ) : null}
          {steps.map((step) => (
            <Group key={step.status} gap="md" align="flex-start" wrap="nowrap">
              {button(step)}
              {step.officeOnly ? (
                <Text size="sm" c="dimmed" data-testid={`next-office-${step.status}`}>
                  {t('steps.officeOnly')}
                </Text>
              ) : null}
              {step.blockers.length || step.ruleBlockers?.length ? (
                <BlockerList blockers={step.blockers} findings={step.ruleBlockers} testId={`next-blockers-${step.status}`} />
              ) : null}
            </Group>
          ))}
          {refusal ? (
            <Alert color="red" title={t('steps.refused')} data-testid="next-refused">
              {refusal}
            </Alert>
          ) : null}
        </Stack>
      ) : null}
      {asking ? (
        <MoveFieldsDialog
          fields={askedFields(asking)}
          record={record}
          statusLabel={label(asking)}
          busy={busy === asking}
          refusal={refusal}
          onCancel={() => {
            setAsking(null);
            setRefusal(null);
          }}
          onConfirm={(values) => move(asking, values)}
        />
      ) : null}
      {confirming ? (
        <Modal opened onClose={() => setConfirming(null)} title={t('steps.confirmTitle', { status: label(confirming) })} centered>
          <Text size="sm">{t('steps.confirmBody', { status: label(confirming) })}</Text>
          <Group justify="flex-end" mt="lg">
            <Button variant="default" onClick={() => setConfirming(null)} data-autofocus>
              {t('form.cancel')}
            </Button>
            <Button color="red" onClick={() => move(confirming)} data-testid="confirm-move">
              {t('steps.confirm')}
            </Button>
          </Group>
        </Modal>
      ) : null}
    </DetailSection>
  );
}
