import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { routeHref } from '../../app/useHashRoute';

/** The flag on a record in conflict: a link straight to its side-by-side comparison. */
export function ConflictBadge({ register, id }: { register: string; id: string }) {
  const { t } = useTranslation();
  return (
    <Badge
      component="a"
      href={routeHref({ page: 'conflicts', register, id })}
      color="orange"
      radius="sm"
      tt="none"
      style={{ cursor: 'pointer' }}
      title={t('conflicts.badgeLink')}
      data-testid="conflict-badge"
    >
      {t('detail.conflictBadge')} · {t('conflicts.badgeLink')}
    </Badge>
  );
}
