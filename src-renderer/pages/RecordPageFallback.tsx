import { Alert, Anchor, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegisterDef } from '../../src-main/contract';
import { routeHref } from '../app/useHashRoute';
import { useLocale } from '../i18n/useLocale';
import type { RecordState } from '../registers/detail/useRecord';

/** What a record's own page shows before its record is there: a skeleton while loading, a way back when it is gone. */
export function RecordPageFallback({ def, state }: { def: RegisterDef; state: Exclude<RecordState, { status: 'ready' }> }) {
  const { t } = useTranslation();
  const { l } = useLocale();
  if (state.status === 'loading')
    return (
      <Stack>
        {[1, 2, 3, 4].map((n) => (
          <Skeleton key={n} h={n === 1 ? 60 : 120} />
        ))}
      </Stack>
    );
  return (
    <Alert color="yellow" title={t('detail.notFound')}>
      <Anchor href={routeHref({ page: 'register', register: def.name })}>{l(def.label)}</Anchor>
    </Alert>
  );
}
