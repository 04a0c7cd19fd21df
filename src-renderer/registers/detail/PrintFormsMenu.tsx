import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formsFor, type FormHtmlInput, type RecordDto, type RegisterDef } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useLocale } from '../../i18n/useLocale';
import { notifyError } from '../../util/notify';
import { printHtml } from '../../util/printHtml';

/**
 * 打印: the record's paper forms (a trip's 审批表 and 公示, a visit's, a conference's, a hire's), each filled
 * by the backend from the record and the office's template and printed as the leadership report is (the print
 * dialog saves it as PDF). Only the forms that apply to the record are offered.
 */
export function PrintFormsMenu({ def, record }: { def: RegisterDef; record: RecordDto }) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const [busy, setBusy] = useState(false);
  const forms = formsFor(def.name, record.values.direction as string | null);
  if (!forms.length || record.context) return null;
  const print = (form: FormHtmlInput['form']) => {
    setBusy(true);
    invoke('forms.html', { register: def.name as FormHtmlInput['register'], id: record.id, form })
      .then(({ html }) => printHtml(html), notifyError)
      .finally(() => setBusy(false));
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} />}
          rightSection={<IconChevronDown size={14} />}
          loading={busy}
          title={t('detail.printFormsHint')}
          data-testid="print-forms"
        >
          {t('detail.printForms')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {forms.map((f) => (
          <Menu.Item key={f.id} onClick={() => print(f.id)} data-testid={`print-form-${f.id}`}>
            {l(f.label)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
