import { Group, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetLine } from '../../../src-main/contract';
import { BudgetBar } from './BudgetBar';
import { BudgetStateBadge } from './BudgetStateBadge';
import { yuan } from './yuan';

export interface NamedLine extends BudgetLine {
  key: string;
  name: ReactNode;
  /** For funds: the fund's total, of which `available` was allocated. */
  total?: number;
}

/** Budget against spending, one row per fund, department or allocation, figures right-aligned in yuan. */
export function BudgetLinesTable({
  lines,
  nameHeader,
  testId,
  withTotal,
}: {
  lines: NamedLine[];
  nameHeader: string;
  testId: string;
  withTotal?: boolean;
}) {
  const { t } = useTranslation();
  const money = (fen: number, color?: string) => (
    <Text size="sm" ta="right" ff="monospace" c={color} style={{ whiteSpace: 'nowrap' }}>
      {yuan(fen)}
    </Text>
  );
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover data-testid={testId} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{nameHeader}</Table.Th>
            {withTotal ? <Table.Th ta="right">{t('budget.total')}</Table.Th> : null}
            <Table.Th ta="right">{t('budget.available')}</Table.Th>
            <Table.Th ta="right">{t('budget.spent')}</Table.Th>
            <Table.Th ta="right">{t('budget.committed')}</Table.Th>
            <Table.Th ta="right">{t('budget.remaining')}</Table.Th>
            <Table.Th w={180}>{t('budget.used')}</Table.Th>
            <Table.Th>{t('budget.stateHeader')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.key} data-testid={`${testId}-row`} data-state={line.state}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  {line.name}
                </Group>
              </Table.Td>
              {withTotal ? <Table.Td>{money(line.total ?? 0)}</Table.Td> : null}
              <Table.Td>{money(line.available)}</Table.Td>
              <Table.Td>{money(line.spent)}</Table.Td>
              <Table.Td>{money(line.committed)}</Table.Td>
              <Table.Td>{money(line.remaining, line.remaining < 0 ? 'red' : undefined)}</Table.Td>
              <Table.Td>
                <BudgetBar line={line} />
              </Table.Td>
              <Table.Td>
                <BudgetStateBadge state={line.state} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
