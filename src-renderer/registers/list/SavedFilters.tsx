import { ActionIcon, Button, Group, Menu, Modal, Text, TextInput } from '@mantine/core';
import { IconBookmark, IconBookmarkPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterDef, SavedFilter } from '../../../src-main/contract';
import { useListPreferences } from '../../app/useListPreferences';
import { notifySuccess } from '../../util/notify';
import { sameView } from './listAddress';
import type { ListQueryState } from './useListQuery';

/** A register's saved filters beside its filters: one click applies one; the current search and filters are saved under a name. */
export function SavedFilters({ def, state }: { def: RegisterDef; state: ListQueryState }) {
  const { t } = useTranslation();
  const [prefs, save] = useListPreferences(def.name);
  const [naming, setNaming] = useState<string | null>(null);
  const saved = prefs.saved ?? [];
  const current = { search: state.view.search, filters: state.view.filters };
  const active = saved.find((s) => sameView({ search: s.search ?? '', filters: s.filters }, current));
  const name = naming?.trim() ?? '';

  const keep = () => {
    const entry: SavedFilter = { name, ...(current.search ? { search: current.search } : {}), filters: current.filters };
    save({ saved: [...saved.filter((s) => s.name !== name), entry] });
    notifySuccess(t('savedFilters.saved', { name }));
    setNaming(null);
  };

  return (
    <>
      <Menu position="bottom-start" withinPortal closeOnItemClick>
        <Menu.Target>
          <Button variant={active ? 'light' : 'default'} leftSection={<IconBookmark size={16} />} data-testid="saved-filters" maw={220}>
            <Text span size="sm" truncate="end" inherit>
              {active?.name ?? t('savedFilters.button')}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown miw={240} data-testid="saved-filters-menu">
          {saved.length === 0 ? <Menu.Label>{t('savedFilters.empty')}</Menu.Label> : null}
          {saved.map((s) => (
            <Menu.Item
              key={s.name}
              onClick={() => state.apply({ search: s.search ?? '', filters: s.filters })}
              data-testid={`saved-filter-${s.name}`}
              rightSection={
                <ActionIcon
                  component="span"
                  size="sm"
                  variant="subtle"
                  color="gray"
                  aria-label={t('savedFilters.remove', { name: s.name })}
                  onClick={(e) => {
                    e.stopPropagation();
                    save({ saved: saved.filter((x) => x.name !== s.name) });
                  }}
                >
                  <IconTrash size={14} />
                </ActionIcon>
              }
            >
              {s.name}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item
            leftSection={<IconBookmarkPlus size={16} />}
            disabled={!state.hasCriteria}
            onClick={() => setNaming(active?.name ?? '')}
            data-testid="save-filter"
          >
            {state.hasCriteria ? t('savedFilters.save') : t('savedFilters.nothingToSave')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={naming !== null} onClose={() => setNaming(null)} title={t('savedFilters.saveTitle')} centered>
        <form onSubmit={(e) => (e.preventDefault(), name && keep())}>
          <TextInput
            data-autofocus
            label={t('savedFilters.name')}
            placeholder={t('savedFilters.namePlaceholder')}
            maxLength={60}
            value={naming ?? ''}
            onChange={(e) => setNaming(e.currentTarget.value)}
            data-testid="saved-filter-name"
            description={saved.some((s) => s.name === name) ? t('savedFilters.nameTaken') : undefined}
          />
          <Group justify="flex-end" mt="lg">
            <Button variant="default" onClick={() => setNaming(null)}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" disabled={!name} data-testid="saved-filter-submit">
              {t('form.save')}
            </Button>
          </Group>
        </form>
      </Modal>
    </>
  );
}
