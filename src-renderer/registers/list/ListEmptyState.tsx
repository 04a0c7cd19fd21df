import { Button, EmptyState } from '@mantine/core';
import { IconFilterOff, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RegisterDef } from '../../../src-main/contract';
import { useLocale } from '../../i18n/useLocale';

interface Props {
  def: RegisterDef;
  /** Search or filters are narrowing the list. */
  narrowed: boolean;
  onlyDeleted: boolean;
  canWrite: boolean;
  onNew: () => void;
  onClear: () => void;
}

/** Says why the list is empty and offers the way forward: create a record, or clear the filters. */
export function ListEmptyState({ def, narrowed, onlyDeleted, canWrite, onNew, onClear }: Props) {
  const { t, i18n } = useTranslation();
  const { l } = useLocale();

  if (narrowed) {
    return (
      <EmptyState
        data-testid="empty-no-match"
        icon={<IconSearch size={32} />}
        withIndicatorBackground
        title={t('list.noMatchTitle')}
        description={t('list.noMatchBody')}
        mt="xl"
      >
        <EmptyState.Actions>
          <Button variant="default" leftSection={<IconFilterOff size={16} />} onClick={onClear} data-testid="clear-filters">
            {t('list.clearFilters')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  if (onlyDeleted) {
    return (
      <EmptyState
        data-testid="empty-deleted"
        icon={<IconTrash size={32} />}
        withIndicatorBackground
        title={t('list.emptyDeletedTitle')}
        description={t('list.emptyDeletedBody')}
        mt="xl"
      />
    );
  }
  const introKey = `registerIntro.${def.name}`;
  return (
    <EmptyState
      data-testid="empty-register"
      icon={<IconPlus size={32} />}
      variant="light"
      title={t('list.emptyTitle', { register: l(def.label) })}
      description={i18n.exists(introKey) ? t(introKey) : t('registerIntro.other')}
      maw={560}
      mx="auto"
      mt="xl"
    >
      {canWrite ? (
        <EmptyState.Actions>
          <Button leftSection={<IconPlus size={16} />} onClick={onNew} data-testid="empty-new-record">
            {t('list.new')}
          </Button>
        </EmptyState.Actions>
      ) : null}
    </EmptyState>
  );
}
