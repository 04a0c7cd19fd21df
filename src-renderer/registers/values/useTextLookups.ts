import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDepartments } from '../../app/DepartmentsContext';
import { useLocale } from '../../i18n/useLocale';
import type { TextLookups } from './valueText';

/** Label lookups in the current language; `refTitles` names referenced records by id. */
export function useTextLookups(refTitles?: ReadonlyMap<string, string>): TextLookups {
  const { t } = useTranslation();
  const { l } = useLocale();
  const departments = useDepartments();
  return useMemo(
    () => ({
      l,
      department: departments.name,
      ref: (id) => refTitles?.get(id) ?? id,
      yes: t('value.yes'),
      no: t('value.no'),
      separator: t('value.separator'),
    }),
    [l, departments.name, refTitles, t],
  );
}
