import { Badge, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerActivity } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useAppData } from '../../app/AppDataContext';
import { useLocale } from '../../i18n/useLocale';
import { notifyError } from '../../util/notify';

/** When something last happened with the partner, and the dormant flag with the rule that raised it. */
export function PartnerActivityCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { registers, revision } = useAppData();
  const [activity, setActivity] = useState<PartnerActivity | null>(null);
  const changes = registers.map((r) => revision(r.name)).join(',');
  useEffect(() => {
    invoke('partners.activity', { id }).then(setActivity, notifyError);
  }, [id, changes]);
  if (!activity) return <Skeleton h={60} />;
  const total = activity.registers.reduce((n, r) => n + r.count, 0);
  const color = activity.dormant ? 'orange' : 'green';
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      bg={`var(--mantine-color-${color}-light)`}
      data-testid="partner-activity"
      data-dormant={activity.dormant}
    >
      <Stack gap={4}>
        <Group gap="xs">
          <Badge color={color} data-testid={activity.dormant ? 'partner-dormant' : 'partner-active'}>
            {activity.dormant ? t('partner.dormant') : t('partner.active')}
          </Badge>
          <Text fw={600} size="sm">
            {activity.lastActivity ? t('partner.lastActivity', { date: activity.lastActivity }) : t('partner.noActivity')}
          </Text>
        </Group>
        <Text size="sm">
          {activity.dormant
            ? t('partner.dormantRule', { years: activity.dormantYears })
            : t('partner.activeRule', { years: activity.dormantYears })}
          {/* English sentences are spaced apart; Chinese ones follow on after the full stop. */}
          {locale === 'en' ? ' ' : ''}
          {t('partner.recordCount', { count: total })}
        </Text>
      </Stack>
    </Paper>
  );
}
