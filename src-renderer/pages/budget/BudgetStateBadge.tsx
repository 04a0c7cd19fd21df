import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BudgetState } from '../../../src-main/contract';

const colors: Record<BudgetState, string> = { ok: 'green', nearLimit: 'orange', over: 'red' };

export function BudgetStateBadge({ state }: { state: BudgetState }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[state]} variant="light">
      {t(`budget.state.${state}`)}
    </Badge>
  );
}
