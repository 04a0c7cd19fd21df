import { Button } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { targetsSheetName, targetsSheetRows, targetsSheetWidths, type TargetsReport } from '../../../src-main/contract';
import { useDepartments } from '../../app/DepartmentsContext';
import { useLocale } from '../../i18n/useLocale';
import { notifyError, notifySuccess } from '../../util/notify';
import { saveTable } from '../../util/saveTable';

/** "导出 Excel": the targets of the plan and year shown, as the dashboard has them (same columns as `waiban targets --xlsx`). */
export function TargetsExportButton({ report }: { report: TargetsReport }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const departments = useDepartments();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const rows = targetsSheetRows(report, locale, departments.name);
      const file = await saveTable({ name: targetsSheetName(report, locale), rows, widths: targetsSheetWidths(rows) });
      if (file) notifySuccess(t('xlsx.saved', { name: file.name }));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="default"
      leftSection={<IconFileSpreadsheet size={16} />}
      loading={busy}
      onClick={() => void save()}
      disabled={!report.targets.length}
      data-testid="targets-export"
    >
      {t('targets.exportXlsx')}
    </Button>
  );
}
