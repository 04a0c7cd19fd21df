import { Alert } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValue, RegisterDef } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useLocale } from '../../i18n/useLocale';

interface Props {
  def: RegisterDef;
  /** The record edited, left out of the search; absent for a new one. */
  id?: string;
  values: Record<string, FieldValue>;
}

/**
 * A warning while typing that the register already holds a record with the same name and country (RegisterDef.sameAs),
 * named, so the clerk can stop before entering it twice; saving is still allowed.
 */
export function SameRecordsNotice({ def, id, values }: Props) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const [same, setSame] = useState<string[]>([]);
  const keys = [...new Set((def.sameAs ?? []).flat())];
  const watched = JSON.stringify(keys.map((k) => values[k] ?? null));
  useEffect(() => {
    if (!keys.length) return;
    let live = true;
    const timer = setTimeout(() => {
      const shown = Object.fromEntries(keys.map((k, i) => [k, (JSON.parse(watched) as FieldValue[])[i] ?? null]));
      invoke('records.same', { register: def.name, ...(id ? { id } : {}), values: shown }).then(
        (found) => live && setSame(found.map((f) => f.title)),
        () => live && setSame([]),
      );
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `keys` follow def; `watched` carries the values they hold.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [def.name, id, watched]);
  if (!same.length) return null;
  return (
    <Alert color="yellow" icon={<IconCopy size={16} />} data-testid="same-records">
      {t('form.sameRecords', {
        register: l(def.label),
        titles: same.map((s) => t('form.quoted', { title: s })).join(t('history.cellSeparator')),
      })}
    </Alert>
  );
}
