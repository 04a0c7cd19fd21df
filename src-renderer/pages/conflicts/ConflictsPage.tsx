import { Alert, Anchor, Badge, Button, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictSummary } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useAppData } from '../../app/AppDataContext';
import { useDepartments } from '../../app/DepartmentsContext';
import { routeHref } from '../../app/useHashRoute';
import { useLocale } from '../../i18n/useLocale';
import { errorMessage } from '../../util/notify';
import { ConflictCompare } from './ConflictCompare';

/** `#/conflicts`: every record with concurrent versions; `#/conflicts/<register>/<id>`: one of them side by side. */
export function ConflictsPage({ register, id }: { register?: string; id?: string }) {
  const { t } = useTranslation();
  const { findRegister } = useAppData();
  if (!register || !id) return <ConflictList />;
  const def = findRegister(register);
  return def ? <ConflictCompare key={`${register}/${id}`} def={def} id={id} /> : <Alert color="yellow">{t('error.unknownPage')}</Alert>;
}

function ConflictList() {
  const { t } = useTranslation();
  const { l } = useLocale();
  const { findRegister } = useAppData();
  const departments = useDepartments();
  const [list, setList] = useState<ConflictSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    invoke('conflicts.list', {}).then(setList, (err: unknown) => setProblem(errorMessage(err)));
  }, []);

  return (
    <Stack gap="md" data-testid="conflicts-page">
      <div>
        <Title order={3}>{t('conflicts.title')}</Title>
        <Text c="dimmed" size="sm" maw={820}>
          {t('conflicts.intro')}
        </Text>
      </div>
      {problem ? <Alert color="red">{problem}</Alert> : null}
      {!list && !problem ? <Skeleton h={120} /> : null}
      {list && list.length === 0 ? (
        <Alert color="green" data-testid="conflicts-empty">
          {t('conflicts.empty')}
        </Alert>
      ) : null}
      {list && list.length > 0 ? (
        <Table striped highlightOnHover verticalSpacing="xs" data-testid="conflict-list">
          <Table.Tbody>
            {list.map((c) => (
              <Table.Tr key={`${c.register}/${c.id}`}>
                <Table.Td>
                  <Badge variant="outline" radius="sm" tt="none">
                    {l(findRegister(c.register)?.label)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Anchor href={routeHref({ page: 'register', register: c.register, id: c.id })}>{c.title}</Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{departments.name(c.department)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {t('conflicts.versions', { count: c.versions })}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    component="a"
                    size="xs"
                    variant="light"
                    color="orange"
                    href={routeHref({ page: 'conflicts', register: c.register, id: c.id })}
                    data-testid="conflict-open"
                  >
                    {t('conflicts.open')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}
