import { Anchor, Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { cameFromRecord } from '../../app/cameFrom';
import { routeHref } from '../../app/useHashRoute';

/** "返回：<the trip>" when the user reached this record by a link on another one (a trip's member), back to it. */
export function BackToRecord() {
  const { t } = useTranslation();
  const [from] = useState(cameFromRecord);
  const [title, setTitle] = useState<string | null>(null);
  useEffect(() => {
    if (!from?.id) return;
    let live = true;
    invoke('records.options', { register: from.register, ids: [from.id] }).then(
      (found) => live && setTitle(found[0]?.title ?? ''),
      () => live && setTitle(''),
    );
    return () => {
      live = false;
    };
  }, [from]);
  if (!from || title === null) return null;
  return (
    <Anchor
      href={routeHref(from)}
      size="sm"
      w="fit-content"
      data-testid="back-to-record"
      onClick={(event) => {
        // Back in the history, so the browser's own back does not return here.
        event.preventDefault();
        history.back();
      }}
    >
      <Group gap={4} wrap="nowrap">
        <IconArrowLeft size={14} />
        {t('detail.backTo', { title: title || t('value.empty') })}
      </Group>
    </Anchor>
  );
}
