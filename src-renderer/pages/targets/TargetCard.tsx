import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TargetResult } from '../../../src-main/contract';
import { useDepartments } from '../../app/DepartmentsContext';
import { routeHref } from '../../app/useHashRoute';
import { useLocale } from '../../i18n/useLocale';
import { formatDateTime } from '../../util/format';
import { TargetChart } from './TargetChart';
import { TargetStatusBadge } from './TargetStatusBadge';
import { formatFigure, worthCharting } from './targetView';

interface Props {
  target: TargetResult;
  plan: string;
  year: number;
}

/**
 * One indicator: the target as the plan words it, the figure (a link to the records counted) or what is
 * missing for one, the status with its rule, the plan line by year and who answers for it.
 */
export function TargetCard({ target, plan, year }: Props) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const departments = useDepartments();
  const figure = formatFigure(target.kind, target.actual);
  const drill = (point?: number) => routeHref({ page: 'targetRecords', target: target.target, plan, year, ...(point ? { point } : {}) });
  const perYear = target.byYear.filter((f) => f.actual !== null);

  return (
    <Card withBorder radius="md" padding="md" data-testid={`target-${target.code}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600} size="sm" lineClamp={2} title={l(target.title)}>
            <Text span c="dimmed" fw={700} mr={6}>
              {target.code}
            </Text>
            {l(target.title)}
          </Text>
          <TargetStatusBadge status={target.status} reason={target.statusReason} testId={`target-status-${target.code}`} />
        </Group>
        <Group gap="xl" align="flex-end" wrap="wrap">
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('targets.target')}
            </Text>
            <Text size="sm" fw={500}>
              {target.targetText || '—'}
              {target.dueYear ? ` · ${t(`targets.horizon.${target.horizon}`, { year: target.dueYear })}` : ''}
            </Text>
          </Stack>
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('targets.actual')}
            </Text>
            {figure === null ? (
              <Text size="sm" c="dimmed" data-testid={`target-missing-${target.code}`}>
                {target.missing ? t('targets.noDataWhat', { what: l(target.missing) }) : t('targets.noData')}
              </Text>
            ) : target.records ? (
              <Anchor
                href={drill()}
                fz={26}
                fw={700}
                lh={1.2}
                data-testid={`target-actual-${target.code}`}
                data-actual={target.actual ?? undefined}
                title={t('targets.drillHint')}
              >
                {figure}
              </Anchor>
            ) : (
              <Text fz={26} fw={700} lh={1.2} data-testid={`target-actual-${target.code}`} data-actual={target.actual ?? undefined}>
                {figure}
              </Text>
            )}
          </Stack>
          {target.denominator !== null ? (
            <Stack gap={0}>
              <Text size="xs" c="dimmed">
                {t('targets.denominator')}
              </Text>
              <Text size="sm">{target.denominator}</Text>
            </Stack>
          ) : null}
        </Group>
        {/* The rule in full is the badge's tooltip; two lines of it say enough beside the figure. */}
        {target.status !== 'noData' ? (
          <Text size="xs" c="dimmed" lineClamp={2} title={l(target.statusReason)}>
            {l(target.statusReason)}
          </Text>
        ) : null}
        {worthCharting(target.byYear) ? <TargetChart target={target} /> : null}
        {perYear.length > 1 ? (
          <Text size="xs" c="dimmed">
            {perYear.map((f, i) => (
              <span key={f.year}>
                {i ? ' · ' : ''}
                {f.year}
                {t('targets.colon')}
                {f.records ? (
                  <Anchor size="xs" href={drill(f.year)} data-testid={`target-year-${target.code}-${f.year}`}>
                    {formatFigure(target.kind, f.actual)}
                  </Anchor>
                ) : (
                  formatFigure(target.kind, f.actual)
                )}
              </span>
            ))}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {t('targets.labelled', {
            label: t('targets.responsible'),
            value: target.responsibleDepartments.map((d) => departments.name(d)).join(t('value.separator')) || '—',
          })}
          {' · '}
          {target.source === 'manual' && target.enteredBy
            ? t('targets.enteredBy', { who: target.enteredBy, when: target.enteredAt ? formatDateTime(target.enteredAt) : '' })
            : t(`targets.source.${target.source}`)}
        </Text>
      </Stack>
    </Card>
  );
}
