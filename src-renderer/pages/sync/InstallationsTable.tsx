import { Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KnownInstallation } from '../../../src-main/contract';
import { useDepartments } from '../../app/DepartmentsContext';
import { useLocale } from '../../i18n/useLocale';
import { formatDateTime } from '../../util/format';
import { ageText } from '../../util/age';
import { RevokeButton } from './RevokeButton';

/** The other installations on the roster, their last bundle, and at the office a revoke button for each active one. */
export function InstallationsTable({
  installations,
  canRevoke,
  onRevoked,
}: {
  installations: KnownInstallation[];
  canRevoke: boolean;
  onRevoked: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const departments = useDepartments();
  return (
    <Card withBorder padding="md" data-testid="sync-installations">
      <Stack gap="sm">
        <Title order={5}>{t('sync.installations')}</Title>
        {installations.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('sync.noInstallations')}
          </Text>
        ) : (
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sync.name')}</Table.Th>
                <Table.Th>{t('sync.role')}</Table.Th>
                <Table.Th>{t('sync.fingerprint')}</Table.Th>
                <Table.Th>{t('sync.lastBundle')}</Table.Th>
                {canRevoke ? <Table.Th /> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {installations.map((i) => (
                <Table.Tr key={i.id} data-testid={`installation-${i.id}`} data-status={i.status}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {i.name}
                    </Text>
                    {i.status === 'revoked' ? (
                      <Badge color="red" size="xs" data-testid="revoked-badge">
                        {t('sync.status.revoked')}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {t(`role.${i.role}`)}
                      {i.departments.length ? ` · ${i.departments.map((d) => departments.name(d)).join('、')}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                      {i.fingerprint}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {i.lastBundle ? (
                      <Text size="sm" title={formatDateTime(i.lastBundle.importedAt)}>
                        {t('sync.bundleAge', { sequence: i.lastBundle.sequence, age: ageText(i.lastBundle.importedAt, locale) })}
                      </Text>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('sync.never')}
                      </Text>
                    )}
                  </Table.Td>
                  {canRevoke ? (
                    <Table.Td>
                      {i.status === 'active' && i.role !== 'office' ? <RevokeButton installation={i} onRevoked={onRevoked} /> : null}
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
