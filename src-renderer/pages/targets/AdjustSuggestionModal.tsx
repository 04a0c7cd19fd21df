import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepartmentEvaluation, EvaluationSuggestion } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useDepartments } from '../../app/DepartmentsContext';
import { useLocale } from '../../i18n/useLocale';
import { notifyError } from '../../util/notify';

/** What the office can decide; "no annual plan" is a fact, not a decision. */
type Decision = Exclude<EvaluationSuggestion, 'noPlan'>;
const suggestions: Decision[] = ['increase', 'keep', 'reduce'];
/** The Select's value for "no adjustment: the computed suggestion stands". */
const computed = 'computed';

interface Props {
  row: DepartmentEvaluation;
  onClose: () => void;
  onSaved: () => void;
}

/** The office's word on a department's suggestion: another suggestion (or back to the computed one) and why. */
export function AdjustSuggestionModal({ row, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const departments = useDepartments();
  const [choice, setChoice] = useState<string>(row.adjustedSuggestion ?? computed);
  const [note, setNote] = useState(row.adjustmentNote);
  const [saving, setSaving] = useState(false);
  const adjusted = choice !== computed;

  const save = () => {
    setSaving(true);
    invoke('targets.adjustEvaluation', {
      year: row.year,
      department: row.department,
      suggestion: adjusted ? (choice as Decision) : null,
      note: note.trim(),
    })
      .then(onSaved, notifyError)
      .finally(() => setSaving(false));
  };

  return (
    <Modal opened onClose={onClose} title={t('evaluation.adjustTitle', { department: departments.name(row.department) })} zIndex={300}>
      <Stack gap="sm" data-testid="adjust-form">
        <Text size="sm">
          {t('targets.labelled', { label: t('evaluation.computed'), value: t(`evaluation.suggestion.${row.suggestion}`) })} —{' '}
          {l(row.suggestionReason)}
        </Text>
        <Select
          label={t('evaluation.adjusted')}
          allowDeselect={false}
          value={choice}
          onChange={(v) => v && setChoice(v)}
          data-testid="adjust-suggestion"
          data={[
            { value: computed, label: t('evaluation.keepComputed') },
            ...suggestions.map((s) => ({ value: s, label: t(`evaluation.suggestion.${s}`) })),
          ]}
        />
        <Textarea
          label={t('evaluation.note')}
          description={t('evaluation.noteHint')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          required={adjusted}
          maxLength={500}
          autosize
          minRows={2}
          data-testid="adjust-note"
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('form.cancel')}
          </Button>
          <Button onClick={save} loading={saving} disabled={adjusted && !note.trim()} data-testid="adjust-save">
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
