import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecordDto, RegisterDef, RuleFinding } from '../../../src-main/contract';
import { routeHref } from '../../app/useHashRoute';
import { useLocale } from '../../i18n/useLocale';
import { DetailSection } from '../../registers/detail/DetailSection';

const color = (f: RuleFinding) => (f.justified ? 'gray' : f.severity === 'block' ? 'red' : 'yellow');

/**
 * A record's rule findings: for each, the rule and its version, what was found against what is allowed,
 * the source document and how to resolve it. The backend keeps them current on every save.
 */
export function RuleFindingsPanel({ def, record }: { def: RegisterDef; record: RecordDto }) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const findings = record.ruleFindings ?? [];
  const statusLabel = (status: string) =>
    l(def.fields.find((f) => f.key === def.statusField)?.options?.find((o) => o.value === status)?.label) || status;
  return (
    <DetailSection title={t('rules.title')} testId="section-rules">
      <Text size="xs" c="dimmed">
        {t('rules.hint')}
      </Text>
      {findings.length === 0 ? (
        <Text size="sm" c="teal" data-testid="rules-none">
          {t('rules.none')}
        </Text>
      ) : null}
      <Stack gap="xs">
        {findings.map((f, i) => (
          <Paper
            key={`${f.ruleId}-${i}`}
            withBorder
            radius="sm"
            p="sm"
            data-testid="rule-finding"
            data-rule={f.ruleId}
            data-severity={f.severity}
            style={{ borderLeft: `4px solid var(--mantine-color-${color(f)}-6)` }}
          >
            <Stack gap={4}>
              <Group gap="xs" wrap="wrap">
                <Badge color={color(f)} variant="light" radius="sm">
                  {t(f.justified ? 'rules.justified' : f.severity === 'block' ? 'rules.block' : 'rules.warning')}
                </Badge>
                {f.kind === 'cannotCheck' ? (
                  <Badge color="gray" variant="outline" radius="sm">
                    {t('rules.cannotCheck')}
                  </Badge>
                ) : null}
                <Text fw={600} size="sm">
                  {l(f.title)}
                </Text>
                {f.severity === 'block' && !f.justified ? (
                  <Text size="xs" c="red">
                    {t('rules.blocksAt', { status: statusLabel(f.stage) })}
                  </Text>
                ) : null}
              </Group>
              <Text size="sm">
                <Text span c="dimmed">
                  {t('rules.found')}
                  {t('history.separator')}
                </Text>
                {l(f.found)}
              </Text>
              <Text size="sm">
                <Text span c="dimmed">
                  {t('rules.allowed')}
                  {t('history.separator')}
                </Text>
                {l(f.allowed)}
              </Text>
              <Text size="sm">
                <Text span c="dimmed">
                  {t('rules.resolve')}
                  {t('history.separator')}
                </Text>
                {l(f.resolution)}
              </Text>
              {/* The rule's id and version stay on the link's hover for whoever maintains the rules, not in the text. */}
              <Text size="xs" c="dimmed">
                {t('rules.source')}
                {t('history.separator')}
                {f.source} ·{' '}
                <Anchor
                  size="xs"
                  href={routeHref({ page: 'register', register: 'rule', id: f.ruleRecord })}
                  title={`${f.ruleId} · ${f.ruleVersion}`}
                  data-testid="rule-link"
                >
                  {t('rules.viewRule')}
                </Anchor>
              </Text>
            </Stack>
          </Paper>
        ))}
      </Stack>
    </DetailSection>
  );
}
