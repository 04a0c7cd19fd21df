import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TrustDto } from '../../../src-main/contract';
import { useDepartments } from '../../app/DepartmentsContext';
import { Fingerprint } from './Fingerprint';

/** This installation: who it is, its key fingerprint to read aloud, and where it stands in the office's trust. */
export function SelfCard({ trust }: { trust: TrustDto }) {
  const { t } = useTranslation();
  const departments = useDepartments();
  const { self } = trust;
  const office = self.role === 'office';
  const enrolled = trust.officeFingerprint !== null;
  return (
    <Card withBorder padding="md" data-testid="sync-self">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={5}>{t('sync.self')}</Title>
          <Badge
            color={office || enrolled ? 'green' : 'gray'}
            variant="light"
            size="lg"
            tt="none"
            data-testid="trust-state"
            data-enrolled={enrolled}
          >
            {office ? t('sync.officeRoot') : enrolled ? t('sync.enrolled') : t('sync.notEnrolled')}
            {trust.rosterVersion !== null ? ` · ${t('sync.rosterVersion', { version: trust.rosterVersion })}` : ''}
          </Badge>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <div>
            <Text size="xs" c="dimmed">
              {t('sync.name')}
            </Text>
            <Text fw={600}>{self.name}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('sync.role')}
            </Text>
            <Text fw={600}>{t(`role.${self.role}`)}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('sync.departments')}
            </Text>
            <Text fw={600}>{self.departments.map((d) => departments.name(d)).join('、') || '—'}</Text>
          </div>
        </SimpleGrid>
        <div>
          <Text size="xs" c="dimmed">
            {t('sync.id')}
          </Text>
          <Text ff="monospace" size="sm">
            {self.id}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            {t('sync.fingerprint')}
          </Text>
          <Fingerprint value={self.fingerprint} />
          <Text size="xs" c="dimmed" mt={4}>
            {t('sync.fingerprintHint')}
          </Text>
        </div>
        {!office && trust.officeFingerprint ? (
          <div>
            <Text size="xs" c="dimmed">
              {t('sync.officeFingerprint')}
            </Text>
            <Fingerprint value={trust.officeFingerprint} testid="pinned-office-fingerprint" />
          </div>
        ) : null}
        {self.role === 'review' ? (
          <Text size="sm" c="dimmed" data-testid="review-status">
            {t('sync.readOnlyStatus')}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
