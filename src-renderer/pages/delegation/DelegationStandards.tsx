import { Alert, Badge, Button, Group, List, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  currencyDigits,
  formatAmount,
  isValidRate,
  type CategoryAmounts,
  type RecordDto,
  type StopEstimate,
  type TravelStandardEstimate,
} from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useAppData } from '../../app/AppDataContext';
import { useLocale } from '../../i18n/useLocale';
import { DetailSection } from '../../registers/detail/DetailSection';
import { notifyError } from '../../util/notify';
import { yuan } from '../budget/yuan';

type Computed = Extract<TravelStandardEstimate, { computable: true }>;

const inCurrency = (minor: number, currency: string) => formatAmount(minor, currencyDigits(currency));
const num = { ta: 'right', ff: 'monospace', style: { whiteSpace: 'nowrap' } } as const;

/**
 * An outbound trip measured against the daily standards abroad: the standard applied at each stop, what
 * the trip may spend on lodging, food and miscellaneous, that beside its budget and costs, and the costs
 * over the standard. A currency without a rate on the trip's expenses asks for one here.
 */
export function DelegationStandards({ record }: { record: RecordDto }) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const { revision } = useAppData();
  const outbound = record.values.direction === 'outbound';
  const [rates, setRates] = useState<Record<string, string>>({});
  const [estimate, setEstimate] = useState<TravelStandardEstimate | null>(null);
  const costs = revision('expense');
  const standards = revision('travelStandard');

  useEffect(() => {
    let live = true;
    if (outbound) invoke('delegations.travelStandard', { id: record.id, rates }).then((r) => live && setEstimate(r), notifyError);
    return () => {
      live = false;
    };
  }, [record, outbound, rates, costs, standards]);

  if (!outbound) return null;
  return (
    <DetailSection title={t('travelStandard.title')} testId="section-standards">
      {!estimate ? (
        <Skeleton h={80} />
      ) : !estimate.computable ? (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} data-testid="standards-missing">
          {t('travelStandard.cannot')}
          <List size="sm">
            {estimate.missing.map((m) => (
              <List.Item key={m.en}>{l(m)}</List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <Standards estimate={estimate} onRate={(currency, rate) => setRates((r) => ({ ...r, [currency]: rate }))} />
      )}
    </DetailSection>
  );
}

function Standards({ estimate, onRate }: { estimate: Computed; onRate: (currency: string, rate: string) => void }) {
  const { t } = useTranslation();
  const { l } = useLocale();
  return (
    <Stack gap="sm">
      <Text size="xs" c="dimmed">
        {t('travelStandard.intro')}
      </Text>
      <Group gap="xs">
        <Badge variant="light">
          {estimate.departDate} – {estimate.returnDate}
        </Badge>
        <Badge variant="light">{t('travelStandard.days', { count: estimate.days })}</Badge>
        <Badge variant="light">{t('travelStandard.persons', { count: estimate.persons })}</Badge>
      </Group>
      <Table.ScrollContainer minWidth={720}>
        <Table striped withTableBorder data-testid="standards-stops">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('travelStandard.stop')}</Table.Th>
              <Table.Th>{t('travelStandard.place')}</Table.Th>
              <Table.Th>{t('travelStandard.standard')}</Table.Th>
              <Table.Th ta="right">{t('travelStandard.perUnit')}</Table.Th>
              <Table.Th ta="right">{t('travelStandard.counted')}</Table.Th>
              <Table.Th ta="right">{t('travelStandard.lodging')}</Table.Th>
              <Table.Th ta="right">{t('travelStandard.food')}</Table.Th>
              <Table.Th ta="right">{t('travelStandard.misc')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {estimate.stops.map((s) => (
              <StopRow key={s.leg} stop={s} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {estimate.totals.map((c) => (
        <Group key={c.currency} gap="xs" data-testid={`standards-total-${c.currency}`}>
          <Text size="sm" fw={600}>
            {t('travelStandard.total')} {c.currency}
          </Text>
          <Text size="sm" ff="monospace">
            {inCurrency(c.total, c.currency)}
          </Text>
          {c.rate && c.currency !== 'CNY' ? (
            <Text size="xs" c="dimmed">
              {t('travelStandard.rate', { rate: c.rate.rate })}
              {c.rate.source === 'entered'
                ? t('travelStandard.rateEntered')
                : t('travelStandard.rateFrom', { date: c.rate.date ?? '', expense: c.rate.expense ?? '' })}
            </Text>
          ) : null}
          {c.rate ? null : <RateInput currency={c.currency} onRate={onRate} />}
        </Group>
      ))}
      <Comparison estimate={estimate} />
      <Stack gap={4} data-testid="standards-flags">
        <Text size="sm" fw={600}>
          {t('travelStandard.flags')}
        </Text>
        {estimate.flags.length ? (
          estimate.flags.map((f, i) => (
            <Alert key={i} color="red" variant="light" p="xs" icon={<IconAlertTriangle size={16} />} data-testid="standards-flag">
              <Text size="sm">{l(f.message)}</Text>
              {f.expenses.length ? (
                <Text size="xs" c="dimmed">
                  {f.expenses.map((e) => `${e.date} ${e.description}`).join('；')}
                </Text>
              ) : null}
            </Alert>
          ))
        ) : (
          <Group gap={6}>
            <IconCircleCheck size={16} color="var(--mantine-color-green-7)" />
            <Text size="sm">{t('travelStandard.noFlags')}</Text>
          </Group>
        )}
      </Stack>
    </Stack>
  );
}

function StopRow({ stop: s }: { stop: StopEstimate }) {
  const { t } = useTranslation();
  const money = (n: number) => inCurrency(n, s.currency);
  return (
    <Table.Tr>
      <Table.Td>{s.leg}</Table.Td>
      <Table.Td>
        <Text size="sm">{s.city ?? s.country}</Text>
        <Group gap={4}>
          {s.stop === 'transit' ? (
            <Badge size="xs" color="gray">
              {t('travelStandard.transit')}
            </Badge>
          ) : null}
          {s.hostLodging ? (
            <Badge size="xs" color="teal">
              {t('travelStandard.hostLodging')}
            </Badge>
          ) : null}
          {s.hostMeals ? (
            <Badge size="xs" color="teal">
              {t('travelStandard.hostMeals')}
            </Badge>
          ) : null}
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{s.standard.title}</Text>
        <Text size="xs" c="dimmed">
          {s.standard.effectiveFrom}
          {s.standard.source ? ` · ${s.standard.source}` : ''}
        </Text>
      </Table.Td>
      <Table.Td {...num}>
        {s.currency} {money(s.perNight)} · {money(s.perDayFood)} · {money(s.perDayMisc)}
      </Table.Td>
      <Table.Td {...num}>
        {s.lodgingNights} / {s.days}
      </Table.Td>
      <Table.Td {...num}>{money(s.lodging)}</Table.Td>
      <Table.Td {...num}>{money(s.food)}</Table.Td>
      <Table.Td {...num}>{money(s.misc)}</Table.Td>
    </Table.Tr>
  );
}

function RateInput({ currency, onRate }: { currency: string; onRate: (currency: string, rate: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const valid = isValidRate(text.trim());
  return (
    <Group gap="xs" data-testid={`standards-rate-${currency}`}>
      <Text size="xs" c="orange.8">
        {t('travelStandard.noRate', { currency })}
      </Text>
      <TextInput
        size="xs"
        w={110}
        aria-label={t('travelStandard.rateLabel', { currency })}
        placeholder="7.1234"
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={Boolean(text) && !valid}
      />
      <Button size="xs" variant="light" disabled={!valid} onClick={() => onRate(currency, text.trim())}>
        {t('travelStandard.useRate')}
      </Button>
    </Group>
  );
}

function Comparison({ estimate }: { estimate: Computed }) {
  const { t } = useTranslation();
  const rows: [string, CategoryAmounts | null][] = [
    ['allowed', estimate.allowedCny],
    ['planned', estimate.planned],
    ['actual', estimate.actual],
  ];
  const over = (key: keyof CategoryAmounts, a: CategoryAmounts | null) =>
    Boolean(a && estimate.allowedCny && a !== estimate.allowedCny && a[key] > estimate.allowedCny[key]);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('travelStandard.compare')}
      </Text>
      <Table withTableBorder data-testid="standards-compare">
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            {(['lodging', 'food', 'misc', 'total'] as const).map((k) => (
              <Table.Th key={k} ta="right">
                {t(`travelStandard.${k}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([key, a]) => (
            <Table.Tr key={key} data-testid={`standards-${key}`}>
              <Table.Td>{t(`travelStandard.row.${key}`)}</Table.Td>
              {(['lodging', 'food', 'misc', 'total'] as const).map((k) => (
                <Table.Td key={k} {...num} c={over(k, a) ? 'red' : undefined} fw={over(k, a) ? 700 : undefined}>
                  {a ? yuan(a[k]) : '—'}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {estimate.budgetEstimate !== null ? (
        <Text size="xs" c="dimmed">
          {t('travelStandard.budgetEstimate', { amount: yuan(estimate.budgetEstimate) })}
        </Text>
      ) : null}
    </Stack>
  );
}
