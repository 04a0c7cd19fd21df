import { Button } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { targetsSheetName, targetsSheetRows, type TargetsReport } from '../../../src-main/contract';
import { useDepartments } from '../../app/DepartmentsContext';
import { useLocale } from '../../i18n/useLocale';
import { downloadBlob } from '../../util/files';
import { targetsWorkbook } from './targetsWorkbook';

/** "导出 Excel": the targets of the plan and year shown, as the dashboard has them (same columns as `waiban targets --xlsx`). */
export function TargetsExportButton({ report }: { report: TargetsReport }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const departments = useDepartments();
  const save = () => {
    const name = targetsSheetName(report, locale);
    const rows = targetsSheetRows(report, locale, departments.name);
    downloadBlob(new Blob([targetsWorkbook(rows, name)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), `${name}.xlsx`);
  };
  return (
    <Button variant="default" leftSection={<IconFileSpreadsheet size={16} />} onClick={save} disabled={!report.targets.length} data-testid="targets-export">
      {t('targets.exportXlsx')}
    </Button>
  );
}
