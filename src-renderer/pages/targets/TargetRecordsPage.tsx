import { Alert, Anchor, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppData } from '../../app/AppDataContext';
import { routeHref, type Route } from '../../app/useHashRoute';
import { useLocale } from '../../i18n/useLocale';
import { RegisterPage } from '../RegisterPage';
import { TargetStatusBadge } from './TargetStatusBadge';
import { formatFigure } from './targetView';
import { useTargetsReport } from './useTargetsReport';

interface Props {
  target: string;
  plan?: string;
  year?: number;
  /** A year of the target's line; the headline figure when absent. */
  point?: number;
  /** The record open over the list. */
  open?: string;
  navigate: (route: Route) => void;
}

/**
 * The records behind a dashboard figure: the register's own list restricted to the ids counted, so its total
 * is the figure. Opening a record keeps the drill-down's address, and closing it comes back here.
 */
export function TargetRecordsPage({ target: targetId, plan, year, point, open, navigate }: Props) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const { findRegister } = useAppData();
  const { report, problem } = useTargetsReport(plan, year);
  const target = report?.targets.find((x) => x.target === targetId);
  const figure = point ? target?.byYear.find((f) => f.year === point) : target;
  const drill = figure?.records ?? null;
  const def = drill ? findRegister(drill.register) : undefined;
  const idsKey = drill ? JSON.stringify(drill.ids) : '';
  // A stable array, so the list asks again only when the records counted change.
  const ids = useMemo(() => (idsKey ? (JSON.parse(idsKey) as string[]) : undefined), [idsKey]);
  const back = routeHref({ page: 'overview', ...(plan ? { plan } : {}), ...(year ? { year } : {}) });
  const here = (id?: string): Route => ({
    page: 'targetRecords',
    target: targetId,
    ...(plan ? { plan } : {}),
    ...(year ? { year } : {}),
    ...(point ? { point } : {}),
    ...(id ? { open: id } : {}),
  });
  const stay = (route: Route) => navigate(route.page === 'register' && route.register === def?.name ? here(route.id) : route);

  return (
    <Stack gap="md" style={{ flex: 1, minHeight: 0 }} data-testid="target-records">
      <Anchor href={back} size="sm" data-testid="back-to-dashboard">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('targets.back')}
        </Group>
      </Anchor>
      {problem ? <Alert color="red">{problem}</Alert> : null}
      {!report && !problem ? <Skeleton h={80} /> : null}
      {report && !target ? <Alert color="yellow">{t('targets.unknownTarget')}</Alert> : null}
      {target && figure ? (
        <Group gap="sm" wrap="nowrap" align="center">
          <TargetStatusBadge status={target.status} reason={target.statusReason} />
          <Text fw={600} data-testid="target-records-title">
            {target.code} {l(target.title)}
            {point ? ` · ${point}` : ''}
            {t('targets.colon')}
            <Text span fw={700} data-testid="target-records-figure" data-actual={figure.actual ?? undefined}>
              {formatFigure(target.kind, figure.actual) ?? t('targets.noData')}
            </Text>
          </Text>
        </Group>
      ) : null}
      {target && !drill ? <Alert color="gray">{figure?.missing ? l(figure.missing) : t('targets.noRecords')}</Alert> : null}
      {/* An empty list would read "this register has no records yet"; the truth is that none was counted. */}
      {drill && drill.ids.length === 0 ? (
        <Alert color="gray" data-testid="target-records-none">
          {t('targets.noneCounted')}
        </Alert>
      ) : null}
      {def && ids?.length ? <RegisterPage key={`${def.name}:${idsKey}`} def={def} ids={ids} id={open} navigate={stay} /> : null}
    </Stack>
  );
}
