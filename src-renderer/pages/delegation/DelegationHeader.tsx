import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordDto, RegisterDef } from '../../../src-main/contract';
import { useDepartments } from '../../app/DepartmentsContext';
import { routeHref } from '../../app/useHashRoute';
import { useLocale } from '../../i18n/useLocale';
import { EnumBadge } from '../../registers/values/EnumBadge';
import { ConflictBadge } from '../../registers/detail/ConflictBadge';

/** Fields the header shows, so the details list leaves them out. */
export const headerFields = ['title', 'direction', 'status', 'department', 'departDate', 'returnDate'];

interface Props {
  def: RegisterDef;
  record: RecordDto;
  /** Edit and delete, when this installation may. */
  actions: ReactNode;
}

/** Back to the list, the trip's title, its direction and status, when it runs and who organises it. */
export function DelegationHeader({ def, record, actions }: Props) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const departments = useDepartments();
  const v = record.values;
  const field = (key: string) => def.fields.find((f) => f.key === key)!;
  const dates = v.departDate || v.returnDate ? `${String(v.departDate ?? '…')} – ${String(v.returnDate ?? '…')}` : t('delegation.noDates');

  return (
    <Stack gap={6}>
      <Anchor href={routeHref({ page: 'register', register: def.name })} size="sm" w="fit-content" data-testid="back-to-list">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {l(def.label)}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={6} miw={0} style={{ flex: 1 }}>
          <Title order={2} fz={24} style={{ wordBreak: 'break-word' }} data-testid="delegation-title">
            {String(v.title ?? '')}
          </Title>
          <Group gap="xs">
            <EnumBadge field={field('direction')} value={String(v.direction ?? '')} />
            <EnumBadge field={field('status')} value={String(v.status ?? '')} />
            {record.meta.deleted ? (
              <Badge color="red" radius="sm" tt="none">
                {t('detail.deletedBadge')}
              </Badge>
            ) : null}
            {record.meta.conflict ? <ConflictBadge register="delegation" id={record.id} /> : null}
            <Text size="sm" c="dimmed">
              {dates} · {departments.name(String(v.department ?? ''))}
            </Text>
          </Group>
        </Stack>
        {actions}
      </Group>
    </Stack>
  );
}
