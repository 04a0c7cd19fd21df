import { LineChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { TargetResult } from '../../../src-main/contract';
import { chartPoints, formatFigure } from './targetView';

/** Actual against the plan line, year by year; a year without a figure leaves a gap rather than a drop to 0. */
export function TargetChart({ target }: { target: TargetResult }) {
  const { t } = useTranslation();
  return (
    <LineChart
      h={140}
      data={chartPoints(target.byYear)}
      dataKey="year"
      series={[
        { name: 'planned', label: t('targets.planned'), color: 'gray.5', strokeDasharray: '5 5' },
        { name: 'actual', label: t('targets.actual'), color: 'blue.6' },
      ]}
      curveType="linear"
      withLegend
      legendProps={{ verticalAlign: 'bottom', height: 24 }}
      valueFormatter={(v) => formatFigure(target.kind, v) ?? ''}
      yAxisProps={{ width: 36 }}
      gridAxis="y"
      data-testid={`target-chart-${target.code}`}
    />
  );
}
