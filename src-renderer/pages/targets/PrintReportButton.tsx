import { Button } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { useLocale } from '../../i18n/useLocale';
import { notifyError } from '../../util/notify';
import { printHtml } from '../../util/printHtml';

/** Asks the backend for the leadership report (dashboard, evaluation, open risks; dated) and prints it. */
export function PrintReportButton({ plan, year }: { plan?: string; year: number }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [busy, setBusy] = useState(false);
  const print = () => {
    setBusy(true);
    invoke('targets.reportHtml', { ...(plan ? { plan } : {}), year, locale })
      .then(({ html }) => printHtml(html), notifyError)
      .finally(() => setBusy(false));
  };
  return (
    <Button variant="default" leftSection={<IconPrinter size={16} />} loading={busy} onClick={print} data-testid="print-report">
      {t('targets.printReport')}
    </Button>
  );
}
