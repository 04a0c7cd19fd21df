import { ColorSwatch, Group, Progress, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BudgetLine } from '../../../src-main/contract';
import { yuan } from './yuan';

/** Spent and committed in their colours while a line is fine; the legend names these. */
const spentColor = 'blue';
const committedColor = 'yellow';

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
        <Progress.Section value={share(line.spent)} color={over ? 'red' : spentColor} />
        <Progress.Section value={share(line.committed)} color={over ? 'red.3' : line.state === 'nearLimit' ? 'orange' : committedColor} />
      </Progress.Root>
    </Tooltip>
  );
}

/** What the bars' colours mean, said once above the tables (near-limit and over colours are in the intro). */
export function BudgetLegend() {
  const { t } = useTranslation();
  // Mantine's own variables, so the swatches match the bars in light and dark schemes.
  const keys = [
    [`var(--mantine-color-${spentColor}-filled)`, t('budget.spent')],
    [`var(--mantine-color-${committedColor}-filled)`, t('budget.committed')],
    ['light-dark(var(--mantine-color-gray-2), var(--mantine-color-dark-4))', t('budget.remaining')],
  ] as const;
  return (
    <Group gap="md" data-testid="budget-legend">
      {keys.map(([color, label]) => (
        <Group key={label} gap={6} wrap="nowrap">
          <ColorSwatch color={color} size={12} withShadow={false} />
          <Text size="xs" c="dimmed">
            {label}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
