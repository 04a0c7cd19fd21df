import { Button, CloseButton, Group, Switch, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RegisterDef } from '../../../src-main/contract';
import { ColumnChooser } from './ColumnChooser';
import { FilterControls } from './FilterControls';
import { SavedFilters } from './SavedFilters';
import type { ListQueryState } from './useListQuery';

interface Props {
  def: RegisterDef;
  state: ListQueryState;
  total: number | null;
  canWrite: boolean;
  onNew: () => void;
}

/** Search, filters and the saved ones, the deleted-records switch, the count, the columns and the New button above a list. */
export function ListToolbar({ def, state, total, canWrite, onNew }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" wrap="wrap" align="center">
      <TextInput
        data-testid="search-input"
        aria-label={t('list.search')}
        placeholder={t('list.search')}
        title={t('list.searchHint')}
        leftSection={<IconSearch size={16} />}
        rightSection={
          state.searchInput ? <CloseButton size="sm" aria-label={t('list.clearFilters')} onClick={() => state.setSearchInput('')} /> : null
        }
        value={state.searchInput}
        onChange={(e) => state.setSearchInput(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && state.flushSearch()}
        w={240}
      />
      <FilterControls def={def} values={state.filters} onChange={state.setFilter} />
      <SavedFilters def={def} state={state} />
      <Switch
        data-testid="show-deleted"
        label={t('list.showDeleted')}
        checked={state.onlyDeleted}
        onChange={(e) => state.setOnlyDeleted(e.currentTarget.checked)}
      />
      <Group gap="sm" ml="auto" wrap="nowrap">
        <Text size="sm" c="dimmed" data-testid="list-total" data-total={total ?? undefined} style={{ whiteSpace: 'nowrap' }}>
          {total === null ? t('list.loading') : t('list.total', { count: total })}
        </Text>
        <ColumnChooser def={def} />
        {canWrite ? (
          <Button data-testid="new-record" leftSection={<IconPlus size={16} />} onClick={onNew}>
            {t('list.new')}
          </Button>
        ) : null}
      </Group>
    </Group>
  );
}
