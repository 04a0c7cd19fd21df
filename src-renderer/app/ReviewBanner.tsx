import { Alert, Anchor } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../src-main/contract';
import { invoke } from '../api/client';
import { formatDateTime } from '../util/format';
import { useAppData } from './AppDataContext';
import { routeHref } from './useHashRoute';

/** On a review installation, above every page: this is a read-only copy, and how current its data is. */
export function ReviewBanner() {
  const { t } = useTranslation();
  const { info, registers, revision } = useAppData();
  const [lastImport, setLastImport] = useState<SyncStatus['lastImport'] | undefined>(undefined);
  // An import bumps every register's revision; any one of them says the data changed.
  const changed = revision(registers[0]?.name ?? '');
  const review = info.installation.role === 'review';
  useEffect(() => {
    if (review)
      invoke('sync.status', {}).then(
        (s) => setLastImport(s.lastImport),
        () => setLastImport(null),
      );
  }, [review, changed]);
  if (!review) return null;
  return (
    // Main is a flex column whose pages fill it: the banner keeps its own height rather than being squeezed.
    <Alert color="gray" variant="light" icon={<IconEye size={18} />} mb="sm" py={8} style={{ flexShrink: 0 }} data-testid="review-banner">
      {t('review.banner')}{' '}
      {lastImport ? t('review.asOf', { at: formatDateTime(lastImport.created), imported: formatDateTime(lastImport.importedAt) }) : null}
      {lastImport === null ? (
        <Anchor href={routeHref({ page: 'sync' })} size="sm">
          {t('review.noData')}
        </Anchor>
      ) : null}
    </Alert>
  );
}
