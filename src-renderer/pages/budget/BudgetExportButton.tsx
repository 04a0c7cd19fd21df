import { Button } from '@mantine/core';
import { IconTableExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { saveFile } from '../../api/files';
import { budgetFileName } from '../../util/fileNames';
import { notifyError, notifySuccess } from '../../util/notify';

/** The year's budget tables (by fund, department, allocation, with totals) as a workbook for the supervising body. */
export function BudgetExportButton({ fiscalYear }: { fiscalYear: number }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const exportYear = async () => {
    setBusy(true);
    try {
      const file = await saveFile('sheet', budgetFileName(fiscalYear), (target) => invoke('xlsx.exportBudget', { fiscalYear, target }));
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
      leftSection={<IconTableExport size={16} />}
      loading={busy}
      onClick={() => void exportYear()}
      data-testid="budget-export"
    >
      {t('xlsx.exportBudget')}
    </Button>
  );
}
