import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../src-main/contract';
import { pick } from '../../../src-main/contract/localized';
import { useLocale } from '../../i18n/useLocale';

interface Props {
  warnings: FieldIssue[];
  saving: boolean;
  onConfirm: () => void;
  onBack: () => void;
}

/** What the backend asks the user to confirm before saving (spending beyond an allocation), beside the save button. */
export function FormWarnings({ warnings, saving, onConfirm, onBack }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Alert color="orange" title={t('form.confirmTitle')} data-testid="form-warnings">
      <Stack gap={6}>
        {warnings.map((w) => (
          <Text key={w.warning ?? w.field} size="sm">
            {pick(w.message, locale)}
          </Text>
        ))}
        <Text size="xs" c="dimmed">
          {t('form.confirmHint')}
        </Text>
        <Group gap="sm">
          <Button color="orange" size="xs" loading={saving} onClick={onConfirm} data-testid="confirm-warnings">
            {t('form.confirmSave')}
          </Button>
          <Button variant="default" size="xs" onClick={onBack}>
            {t('form.confirmBack')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
