import { Button, Checkbox, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { IconColumns3, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RegisterDef } from '../../../src-main/contract';
import { useListPreferences } from '../../app/useListPreferences';
import { useLocale } from '../../i18n/useLocale';
import { chosenFields, columnChoices } from './columns';

/** Which of a register's fields the list shows, kept per register for this person; the title is always shown. */
export function ColumnChooser({ def }: { def: RegisterDef }) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const [prefs, save] = useListPreferences(def.name);
  const shown = chosenFields(def, prefs.columns).map((f) => f.key);
  const choices = columnChoices(def);

  const toggle = (key: string, on: boolean) => {
    const keys = on ? [...shown, key] : shown.filter((k) => k !== key);
    // In the definition's order: the list's own columns first, then the others as the form has them.
    const order = [...def.listColumns, ...choices.map((f) => f.key)];
    save({ columns: [...new Set(order)].filter((k) => keys.includes(k)) });
  };

  return (
    <Popover position="bottom-end" withinPortal shadow="md">
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns3 size={16} />} data-testid="column-chooser">
          {t('columns.choose')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown data-testid="column-chooser-menu" p="sm">
        <Text size="sm" fw={600} mb="xs">
          {t('columns.chooseTitle')}
        </Text>
        <ScrollArea.Autosize mah={360} type="auto" offsetScrollbars>
          <Stack gap={6} pr="xs">
            {choices.map((f) => (
              <Checkbox
                key={f.key}
                size="sm"
                label={l(f.label)}
                data-testid={`column-choice-${f.key}`}
                checked={shown.includes(f.key)}
                disabled={f.key === def.titleField}
                onChange={(e) => toggle(f.key, e.currentTarget.checked)}
              />
            ))}
          </Stack>
        </ScrollArea.Autosize>
        <Button
          variant="subtle"
          size="xs"
          mt="sm"
          leftSection={<IconRestore size={14} />}
          data-testid="columns-reset"
          onClick={() => save({ columns: undefined, widths: undefined })}
          disabled={!prefs.columns && !prefs.widths}
        >
          {t('columns.reset')}
        </Button>
      </Popover.Dropdown>
    </Popover>
  );
}
