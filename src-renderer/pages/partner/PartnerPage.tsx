import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordDto } from '../../../src-main/contract';
import { useAppData } from '../../app/AppDataContext';
import { routeHref } from '../../app/useHashRoute';
import { useLocale } from '../../i18n/useLocale';
import { DetailSection } from '../../registers/detail/DetailSection';
import { RecordActions } from '../../registers/detail/RecordActions';
import { BackToRecord } from '../../registers/detail/BackToRecord';
import { RecordFieldList } from '../../registers/detail/RecordFieldList';
import { RecordMetaAndHistory } from '../../registers/detail/RecordMetaAndHistory';
import { ReferringRecords } from '../../registers/detail/ReferringRecords';
import { useRecord } from '../../registers/detail/useRecord';
import { RecordFormDrawer } from '../../registers/form/RecordFormDrawer';
import { EnumBadge } from '../../registers/values/EnumBadge';
import { RecordPageFallback } from '../RecordPageFallback';
import type { RecordPageProps } from '../recordPages';
import { PartnerActivityCard } from './PartnerActivityCard';
import { ConflictBadge } from '../../registers/detail/ConflictBadge';

/**
 * Partner 360: one partner on its own page, with everything the registers hold about it (agreements,
 * programs, delegations both ways, students, experts, conferences), when it was last active, and history.
 */
export function PartnerPage({ def, id }: RecordPageProps) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const { revision, touch, canWrite } = useAppData();
  const state = useRecord(def.name, id, revision(def.name));
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const changed = useCallback(() => touch(def.name), [touch, def.name]);

  if (state.status !== 'ready') return <RecordPageFallback def={def} state={state} />;
  const record: RecordDto = state.record;
  const v = record.values;
  const field = (key: string) => def.fields.find((f) => f.key === key)!;

  return (
    <Stack gap="md" pb="xl" data-testid="partner-page">
      <Stack gap={6}>
        <BackToRecord />
        <Anchor href={routeHref({ page: 'register', register: def.name })} size="sm" w="fit-content" data-testid="back-to-list">
          <Group gap={4}>
            <IconArrowLeft size={14} />
            {l(def.label)}
          </Group>
        </Anchor>
        <Group justify="space-between" align="flex-start">
          <Stack gap={4} miw={0} style={{ flex: 1 }}>
            <Title order={2} fz={24} data-testid="partner-title">
              {String(v.nameZh ?? '')}
            </Title>
            {v.nameOriginal ? <Text c="dimmed">{String(v.nameOriginal)}</Text> : null}
            <Group gap="xs">
              <EnumBadge field={field('country')} value={String(v.country ?? '')} />
              <EnumBadge field={field('type')} value={String(v.type ?? '')} />
              <EnumBadge field={field('backgroundReview')} value={String(v.backgroundReview ?? '')} />
              {record.meta.deleted ? (
                <Badge color="red" radius="sm" tt="none">
                  {t('detail.deletedBadge')}
                </Badge>
              ) : null}
              {record.meta.conflict ? <ConflictBadge register="partner" id={record.id} /> : null}
            </Group>
          </Stack>
          {canWrite(def, record) ? (
            <RecordActions
              def={def}
              record={record}
              confirming={confirming}
              setConfirming={setConfirming}
              onEdit={() => setEditing(true)}
              onChanged={changed}
            />
          ) : null}
        </Group>
      </Stack>
      <PartnerActivityCard id={record.id} />
      <DetailSection title={t('partner.together')} testId="partner-related">
        <Stack gap="lg">
          <ReferringRecords def={def} id={record.id} />
        </Stack>
      </DetailSection>
      <RecordMetaAndHistory
        def={def}
        record={record}
        title={t('partner.details')}
        onRestored={canWrite(def, record) && !record.meta.deleted ? changed : undefined}
      >
        <RecordFieldList def={def} record={record} fields={def.fields} />
      </RecordMetaAndHistory>
      {editing ? (
        <RecordFormDrawer
          def={def}
          record={record}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            changed();
          }}
        />
      ) : null}
    </Stack>
  );
}
