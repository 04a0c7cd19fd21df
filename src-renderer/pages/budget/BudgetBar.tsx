import { Progress, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BudgetLine } from '../../../src-main/contract';
import { yuan } from './yuan';

/**
 * One line's money as a bar: spent and committed as shares of what is available. Over the limit, the bar
 * is full and red; the numbers beside it say by how much.
 */
export function BudgetBar({ line }: { line: BudgetLine }) {
  const { t } = useTranslation();
  const base = Math.max(line.available, line.spent + line.committed, 1);
  const over = line.state === 'over';
  const share = (n: number) => (n / base) * 100;
  return (
    <Tooltip label={t('budget.barTip', { spent: yuan(line.spent), committed: yuan(line.committed), available: yuan(line.available) })}>
      <Progress.Root size="lg" w="100%" miw={120} aria-label={t('budget.used')}>
        <Progress.Section value={share(line.spent)} color={over ? 'red' : 'blue'} />
        <Progress.Section value={share(line.committed)} color={over ? 'red.3' : line.state === 'nearLimit' ? 'orange' : 'yellow'} />
      </Progress.Root>
    </Tooltip>
  );
}
