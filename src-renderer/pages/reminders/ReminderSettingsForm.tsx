import { Button, Group, NumberInput, SimpleGrid, TagsInput, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReminderSettings } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { notifyError, notifySuccess } from '../../util/notify';

const numberKeys = [
  'passportValidMonths',
  'passportReturnDays',
  'tripReportDays',
  'soonDays',
  'conferenceSummaryDays',
  'permitExpiryDays',
  'residencePermitDays',
  'partnerDormantYears',
] as const;

/** The office's deadlines, edited in place; saving refreshes the list. */
export function ReminderSettingsForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<ReminderSettings | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    invoke('settings.get', {}).then((s) => setValue(s.reminders), notifyError);
  }, []);
  if (!value) return null;

  const save = async () => {
    setSaving(true);
    try {
      await invoke('settings.set', { reminders: value });
      notifySuccess(t('reminders.settingsSaved'));
      onSaved();
    } catch (err) {
      notifyError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" data-testid="reminder-settings">
      <TagsInput
        label={t('reminders.settings.agreementExpiryDays')}
        value={value.agreementExpiryDays.map(String)}
        onChange={(tags) => setValue({ ...value, agreementExpiryDays: tags.map(Number).filter((n) => Number.isInteger(n) && n > 0) })}
      />
      {numberKeys.map((key) => (
        <NumberInput
          key={key}
          label={t(`reminders.settings.${key}`)}
          min={0}
          allowDecimal={false}
          value={value[key]}
          onChange={(n) => setValue({ ...value, [key]: typeof n === 'number' ? n : 0 })}
          data-testid={`reminder-setting-${key}`}
        />
      ))}
      <Group gap="xs" align="flex-end">
        <Button onClick={save} loading={saving} data-testid="reminder-settings-save">
          {t('reminders.settingsSave')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('reminders.settingsHint')}
        </Text>
      </Group>
    </SimpleGrid>
  );
}
