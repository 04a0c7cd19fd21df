import { ActionIcon, Alert, Button, Group, Modal, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HolidayScheduleSaved } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useLocale } from '../../i18n/useLocale';
import { parseDate } from '../../registers/form/parseDate';

interface HolidayRow {
  name: string;
  from: string | null;
  to: string | null;
}

interface WorkdayRow {
  date: string | null;
  name: string;
}

interface Props {
  year: number;
  onClose: () => void;
  onSaved: (saved: HolidayScheduleSaved) => void;
}

/**
 * A year's holidays entered as the State Council's notice states them: each holiday's first and last day off,
 * the weekends worked instead, the notice's number and date. A year not yet entered starts from the seven
 * holidays' names; one entered before opens as its ranges.
 */
export function HolidayScheduleDialog({ year: initialYear, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const [year, setYear] = useState(initialYear);
  const [noticeNumber, setNoticeNumber] = useState('');
  const [noticeDate, setNoticeDate] = useState<string | null>(null);
  const [source, setSource] = useState('');
  const [holidays, setHolidays] = useState<HolidayRow[]>([]);
  const [workdays, setWorkdays] = useState<WorkdayRow[]>([]);
  const [existing, setExisting] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let live = true;
    invoke('calendar.schedule', { year }).then(
      (s) => {
        if (!live) return;
        setExisting(s.recordId !== null);
        setNoticeNumber(s.noticeNumber);
        setNoticeDate(s.noticeDate || null);
        setSource(s.recordId ? (s.source ?? '') : '');
        setHolidays(
          s.holidays.length
            ? s.holidays
            : t('calendar.holidayNames')
                .split(',')
                .map((name) => ({ name, from: null, to: null })),
        );
        setWorkdays(s.workdays.length ? s.workdays : [{ date: null, name: '' }]);
        setProblems([]);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [year, t]);

  const setHoliday = (i: number, patch: Partial<HolidayRow>) =>
    setHolidays((rows) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const setWorkday = (i: number, patch: Partial<WorkdayRow>) =>
    setWorkdays((rows) => rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const dateProps = {
    valueFormat: 'YYYY-MM-DD',
    dateParser: parseDate,
    clearable: true,
    defaultDate: `${year}-01-01`,
    placeholder: t('form.datePlaceholder'),
    monthLabelFormat: t('form.monthLabelFormat'),
  };

  const save = async () => {
    setSaving(true);
    setProblems([]);
    try {
      const saved = await invoke('calendar.enterSchedule', {
        year,
        noticeNumber,
        noticeDate: noticeDate ?? '',
        ...(source.trim() ? { source } : {}),
        // A holiday left without dates is not in this year's notice (or not yet typed): it is left out.
        holidays: holidays.filter((h) => h.from || h.to).map((h) => ({ name: h.name, from: h.from ?? '', to: h.to ?? h.from ?? '' })),
        workdays: workdays.filter((w) => w.date).map((w) => ({ date: w.date!, name: w.name })),
      });
      onSaved(saved);
    } catch (err) {
      const body = err instanceof ApiError ? err.body : null;
      setProblems(body ? [l(body.message), ...(body.issues ?? []).map((i) => l(i.message))] : [String(err)]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={<Title order={4}>{t('calendar.title', { year })}</Title>}
      data-testid="holiday-schedule-dialog"
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('calendar.intro')}
        </Text>
        <Group grow align="flex-start">
          <NumberInput
            label={t('calendar.year')}
            value={year}
            min={2000}
            max={2100}
            allowDecimal={false}
            name="year"
            onChange={(v) => Number(v) >= 2000 && Number(v) <= 2100 && setYear(Number(v))}
          />
          <TextInput
            label={t('calendar.noticeNumber')}
            withAsterisk
            placeholder={t('calendar.noticeNumberPlaceholder')}
            name="noticeNumber"
            value={noticeNumber}
            onChange={(e) => setNoticeNumber(e.currentTarget.value)}
          />
          <DateInput
            label={t('calendar.noticeDate')}
            withAsterisk
            name="noticeDate"
            data-field="noticeDate"
            {...dateProps}
            defaultDate={`${year - 1}-11-01`}
            value={noticeDate}
            onChange={setNoticeDate}
          />
        </Group>
        <TextInput
          label={t('calendar.source')}
          description={t('calendar.sourceHint', { year })}
          name="source"
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
        />
        {existing ? (
          <Alert color="yellow" py="xs">
            {t('calendar.existing')}
          </Alert>
        ) : null}
        <Text fw={600} size="sm">
          {t('calendar.holidays')}
        </Text>
        {holidays.map((h, i) => (
          <Group key={i} gap="xs" wrap="nowrap" align="flex-end" data-testid="holiday-row">
            <TextInput
              aria-label={t('calendar.holidayName')}
              label={i === 0 ? t('calendar.holidayName') : undefined}
              w={120}
              value={h.name}
              onChange={(e) => setHoliday(i, { name: e.currentTarget.value })}
            />
            <DateInput
              aria-label={`${h.name} ${t('calendar.from')}`}
              label={i === 0 ? t('calendar.from') : undefined}
              style={{ flex: 1 }}
              {...dateProps}
              value={h.from}
              onChange={(v) => setHoliday(i, { from: v, ...(v && (!h.to || h.to < v) ? { to: v } : {}) })}
              data-field={`holidays.${i}.from`}
            />
            <DateInput
              aria-label={`${h.name} ${t('calendar.to')}`}
              label={i === 0 ? t('calendar.to') : undefined}
              style={{ flex: 1 }}
              {...dateProps}
              defaultDate={h.from ?? `${year}-01-01`}
              value={h.to}
              onChange={(v) => setHoliday(i, { to: v })}
              data-field={`holidays.${i}.to`}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mb={4}
              aria-label={t('calendar.remove')}
              onClick={() => setHolidays((rows) => rows.filter((_, j) => j !== i))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => setHolidays((rows) => [...rows, { name: '', from: null, to: null }])}
          >
            {t('calendar.addHoliday')}
          </Button>
        </Group>
        <Text fw={600} size="sm">
          {t('calendar.workdays')}
        </Text>
        {workdays.map((w, i) => (
          <Group key={i} gap="xs" wrap="nowrap" align="flex-end" data-testid="workday-row">
            <DateInput
              aria-label={t('calendar.workdayDate')}
              label={i === 0 ? t('calendar.workdayDate') : undefined}
              style={{ flex: 1 }}
              {...dateProps}
              value={w.date}
              onChange={(v) => setWorkday(i, { date: v })}
              data-field={`workdays.${i}.date`}
            />
            <TextInput
              aria-label={t('calendar.workdayName')}
              label={i === 0 ? t('calendar.workdayName') : undefined}
              w={200}
              value={w.name}
              onChange={(e) => setWorkday(i, { name: e.currentTarget.value })}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mb={4}
              aria-label={t('calendar.remove')}
              onClick={() => setWorkdays((rows) => rows.filter((_, j) => j !== i))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => setWorkdays((rows) => [...rows, { date: null, name: '' }])}
          >
            {t('calendar.addWorkday')}
          </Button>
        </Group>
        {problems.length ? (
          <Alert color="red" data-testid="holiday-schedule-problems">
            <Stack gap={2}>
              {problems.map((p, i) => (
                <Text key={i} size="sm">
                  {p}
                </Text>
              ))}
            </Stack>
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('calendar.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={saving} data-testid="holiday-schedule-save">
            {t('calendar.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
