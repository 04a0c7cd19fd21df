import { Card, Group, SimpleGrid, Skeleton, Stack, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterStats } from '../../src-main/contract';
import { invoke } from '../api/client';
import { useAppData } from '../app/AppDataContext';
import { RegisterIcon } from '../app/RegisterIcon';
import { routeHref } from '../app/useHashRoute';
import { useLocale } from '../i18n/useLocale';
import { notifyError } from '../util/notify';

/** Below the dashboard: how many records each register holds, each card opening its list. */
export function RegisterCounts() {
  const { t } = useTranslation();
  const { l } = useLocale();
  const { findRegister } = useAppData();
  const [stats, setStats] = useState<RegisterStats[] | null>(null);

  useEffect(() => {
    invoke('stats.get', {}).then(setStats, notifyError);
  }, []);

  return (
    <Stack gap="sm">
      <div>
        <Title order={4}>{t('overview.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('overview.intro')}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {stats === null ? [1, 2, 3].map((n) => <Skeleton key={n} h={110} radius="md" />) : null}
        {stats?.map((s) => {
          const def = findRegister(s.register);
          return (
            <UnstyledButton
              key={s.register}
              component="a"
              href={routeHref({ page: 'register', register: s.register })}
              data-testid={`stat-${s.register}`}
            >
              <Card withBorder radius="md" padding="lg" className="hover-card">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={4} miw={0}>
                    <Text fw={600} truncate="end">
                      {l(s.label)}
                    </Text>
                    <Group gap={6} align="baseline">
                      <Text fz={30} fw={700} lh={1.1}>
                        {s.live.toLocaleString()}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {t('overview.live')}
                      </Text>
                    </Group>
                    <Text size="xs" c="dimmed">
                      {s.deleted > 0 ? t('overview.deleted', { count: s.deleted }) : '\u00a0'}
                    </Text>
                  </Stack>
                  <ThemeIcon variant="light" size={44} radius="md">
                    <RegisterIcon name={def?.icon ?? ''} size={26} />
                  </ThemeIcon>
                </Group>
              </Card>
            </UnstyledButton>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
