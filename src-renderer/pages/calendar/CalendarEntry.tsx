import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HolidayScheduleSaved } from '../../../src-main/contract';
import { HolidayScheduleButton, ScheduleSavedAlert } from './HolidayScheduleButton';

/** The holiday calendar's own entry: next year's schedule, the year most often wanted (any year may be chosen in the form). */
export function CalendarEntry() {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<HolidayScheduleSaved | null>(null);
  const nextYear = new Date().getFullYear() + 1;
  return (
    <>
      {saved ? <ScheduleSavedAlert saved={saved} onClose={() => setSaved(null)} /> : null}
      <HolidayScheduleButton year={nextYear} label={t('calendar.enter')} variant="light" onSaved={setSaved} />
    </>
  );
}
