import { Anchor, Group, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListPage, RecordDto, RegisterDef } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useAppData } from '../../app/AppDataContext';
import { routeHref } from '../../app/useHashRoute';
import { DetailSection } from '../../registers/detail/DetailSection';
import { ReferringRecords } from '../../registers/detail/ReferringRecords';
import { notifyError } from '../../util/notify';
import { yuan } from '../budget/yuan';

/** A trip has tens of cost lines, never hundreds: one page holds them all. */
const maxLines = 500;

const sumOf = (page: ListPage, stage: string) =>
  page.rows.filter((r) => r.values.stage === stage).reduce((n, r) => n + Number(r.values.cnyAmount ?? 0), 0);

/** The trip's money: its estimate against the costs charged to it, planned and actual, in yuan to the fen. */
export function DelegationBudget({ def, record }: { def: RegisterDef; record: RecordDto }) {
  const { t } = useTranslation();
  const { revision } = useAppData();
  const [page, setPage] = useState<ListPage | null>(null);
  const rev = revision('expense');

  useEffect(() => {
    let live = true;
    invoke('records.list', { register: 'expense', filters: { delegation: record.id }, limit: maxLines }).then(
      (p) => live && setPage(p),
      notifyError,
    );
    return () => {
      live = false;
    };
  }, [record.id, rev]);

  const estimate = record.values.budgetEstimate as number | null;
  const planned = page ? sumOf(page, 'planned') : 0;
  const actual = page ? sumOf(page, 'actual') : 0;
  const figures = [
    ['estimate', estimate],
    ['planned', planned],
    ['actual', actual],
    ['difference', estimate === null ? null : estimate - planned - actual],
  ] as const;
  const add = routeHref({ page: 'register', register: 'expense', filters: { delegation: record.id } });

  return (
    <DetailSection
      title={t('delegation.budget')}
      testId="section-budget"
      aside={
        <Anchor size="sm" href={add}>
          {t('delegation.budgetAll')}
        </Anchor>
      }
    >
      {!page ? (
        <Skeleton h={60} />
      ) : (
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs">
            {figures.map(([key, fen]) => (
              <Stack key={key} gap={0} data-testid={`budget-${key}`}>
                <Text size="xs" c="dimmed">
                  {t(`delegation.money.${key}`)}
                </Text>
                <Text fw={600} ff="monospace" c={fen !== null && fen < 0 ? 'red' : undefined}>
                  {fen === null ? '—' : yuan(fen)}
                </Text>
              </Stack>
            ))}
          </SimpleGrid>
          <ReferringRecords def={def} id={record.id} />
          <Group>
            <Text size="xs" c="dimmed">
              {t('delegation.budgetHint')}
            </Text>
          </Group>
        </Stack>
      )}
    </DetailSection>
  );
}
