import { Alert, Button, type ButtonProps } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HolidayScheduleSaved } from '../../../src-main/contract';
import { useAppData } from '../../app/AppDataContext';
import { HolidayScheduleDialog } from './HolidayScheduleDialog';

interface Props extends ButtonProps {
  year: number;
  label: string;
  onSaved: (saved: HolidayScheduleSaved) => void;
}

/** Opens the form for a year's schedule. */
export function HolidayScheduleButton({ year, label, onSaved, ...button }: Props) {
  const { touch } = useAppData();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button leftSection={<IconCalendarPlus size={16} />} onClick={() => setOpen(true)} data-testid="holiday-schedule-open" {...button}>
        {label}
      </Button>
      {open ? (
        <HolidayScheduleDialog
          year={year}
          onClose={() => setOpen(false)}
          onSaved={(result) => {
            setOpen(false);
            touch('holidayCalendar');
            touch('delegation');
            onSaved(result);
          }}
        />
      ) : null}
    </>
  );
}

/** What a saved schedule did to the trips it held up. */
export function ScheduleSavedAlert({ saved, onClose }: { saved: HolidayScheduleSaved; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="green" withCloseButton onClose={onClose} data-testid="holiday-schedule-saved">
      {t('calendar.saved', { year: saved.record.values.year })}{' '}
      {saved.uncheckedBefore
        ? t('calendar.recheckedSome', { before: saved.uncheckedBefore, after: saved.uncheckedAfter })
        : t('calendar.recheckedNone')}
    </Alert>
  );
}
