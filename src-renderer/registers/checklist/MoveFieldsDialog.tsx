import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { FieldDef, FieldValue, RecordDto } from '../../../src-main/contract';
import { useLocale } from '../../i18n/useLocale';
import { FieldInput } from '../form/FieldInput';
import { toFieldValue, toFormValue, type FormValues } from '../form/formValues';
import { isEmpty } from '../values/valueText';

interface Props {
  /** The fields the move asks for, each required here. */
  fields: FieldDef[];
  record: RecordDto;
  /** The status label the move goes to. */
  statusLabel: string;
  busy: boolean;
  /** Why the backend refused the move, shown where the user is looking. */
  refusal: string | null;
  onCancel: () => void;
  onConfirm: (values: Record<string, FieldValue>) => void;
}

/** A date the move asks for starts at today; what the record already holds is kept. */
const startValue = (field: FieldDef, record: RecordDto) =>
  field.type === 'date' && isEmpty(record.values[field.key])
    ? dayjs().format('YYYY-MM-DD')
    : toFormValue(field, record.values[field.key], record.values);

/** The confirmation of a move that records something with it (an approval's number and date), all required. */
export function MoveFieldsDialog({ fields, record, statusLabel, busy, refusal, onCancel, onConfirm }: Props) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const asked = fields.map((f) => ({ ...f, required: true, help: undefined }));
  const form = useForm<FormValues>({
    initialValues: Object.fromEntries(asked.map((f) => [f.key, startValue(f, record)])),
    validate: (values) =>
      Object.fromEntries(
        asked
          .filter((f) => isEmpty(values[f.key]) || !String(values[f.key]).trim())
          .map((f) => [f.key, t('form.required', { label: l(f.label) })]),
      ),
  });
  const confirm = form.onSubmit((values) =>
    onConfirm(
      Object.fromEntries(
        asked.map((f) => [f.key, toFieldValue(f, typeof values[f.key] === 'string' ? String(values[f.key]).trim() : values[f.key])]),
      ),
    ),
  );
  return (
    <Modal opened onClose={onCancel} title={<Text fw={600}>{t('steps.askTitle', { status: statusLabel })}</Text>} centered zIndex={300}>
      <form onSubmit={confirm} noValidate data-testid="move-fields">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('steps.askBody')}
          </Text>
          {asked.map((f, i) => (
            <FieldInput key={f.key} field={f} form={form} autoFocus={i === 0} />
          ))}
          {refusal ? (
            <Alert color="red" title={t('steps.refused')} data-testid="move-fields-refused">
              {refusal}
            </Alert>
          ) : null}
        </Stack>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={busy} data-testid="confirm-move-fields">
            {t('steps.askConfirm', { status: statusLabel })}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
