import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Localized, TargetStatus } from '../../../src-main/contract';
import { useLocale } from '../../i18n/useLocale';
import { statusColor } from './targetView';

/** The status in a word and colour; hovering shows the rule that decided it. */
export function TargetStatusBadge({ status, reason, testId }: { status: TargetStatus; reason: Localized; testId?: string }) {
  const { t } = useTranslation();
  const { l } = useLocale();
  return (
    <Tooltip label={l(reason)} multiline maw={360} withArrow>
      <Badge
        tt="none"
        color={statusColor[status]}
        variant={status === 'noData' ? 'outline' : 'light'}
        data-testid={testId}
        data-status={status}
        style={{ flexShrink: 0 }}
      >
        {t(`targets.status.${status}`)}
      </Badge>
    </Tooltip>
  );
}
