import { Button, Divider, Group, Stack, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterDef, SectionView } from '../../../src-main/contract';
import { useLocale } from '../../i18n/useLocale';

/** The status a later section starts from, as its options name it. */
export function useStatusLabel(def: RegisterDef): (status?: string) => string {
  const { l } = useLocale();
  const options = def.fields.find((f) => f.key === def.statusField)?.options ?? [];
  return (status) => {
    const option = options.find((o) => o.value === status);
    return option ? l(option.label) : (status ?? '');
  };
}

interface Props {
  def: RegisterDef;
  section: SectionView;
  /** A later stage's section the user has not opened: its title, when it is filled in, and a button to open it. */
  folded: boolean;
  onOpen: () => void;
  children: ReactNode;
}

/** One group of the form under its title; a later stage's group waits folded until it is opened. */
export function FormSection({ def, section, folded, onOpen, children }: Props) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const statusLabel = useStatusLabel(def);
  return (
    <Stack gap="sm" data-testid={`form-section-${section.key}`} data-folded={folded ? 'true' : 'false'}>
      {section.label ? (
        <Divider
          labelPosition="left"
          label={
            <Text fw={600} size="sm" c="var(--mantine-color-text)">
              {l(section.label)}
            </Text>
          }
        />
      ) : null}
      {folded ? (
        <Group justify="space-between" gap="sm" wrap="nowrap">
          <Text size="sm" c="dimmed">
            {t('form.laterSection', { status: statusLabel(section.fromStatus) })}
            {t('history.separator')}
            {section.fields.map((f) => l(f.label)).join(t('history.cellSeparator'))}
          </Text>
          <Button
            size="compact-sm"
            variant="subtle"
            rightSection={<IconChevronDown size={14} />}
            onClick={onOpen}
            data-testid={`open-section-${section.key}`}
          >
            {t('form.showSection')}
          </Button>
        </Group>
      ) : (
        children
      )}
    </Stack>
  );
}
