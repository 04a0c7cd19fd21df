import { Box, Button, Drawer, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionsOf, type FieldDef, type FieldIssue, type RecordDto, type RegisterDef } from '../../../src-main/contract';
import { pick } from '../../../src-main/contract/localized';
import { invoke } from '../../api/client';
import { ApiError } from '../../api/errors';
import { useAppData } from '../../app/AppDataContext';
import { useLocale } from '../../i18n/useLocale';
import { notifyError, notifySuccess } from '../../util/notify';
import { amountErrors } from './amountChecks';
import { DiscardChangesModal } from './DiscardChangesModal';
import { FieldInput } from './FieldInput';
import { FormSection } from './FormSection';
import { FormWarnings } from './FormWarnings';
import { SameRecordsNotice } from './SameRecordsNotice';
import { formKeyHandler } from './formKeys';
import { formWidth } from './tableTracks';
import { formFields, initialFormValues, requiredErrors, toFieldValues, type FormValues } from './formValues';
import { useDiscardGuard } from './useDiscardGuard';

interface Props {
  def: RegisterDef;
  /** The record being edited; absent for a new one. */
  record?: RecordDto;
  onClose: () => void;
  onSaved: (record: RecordDto) => void;
  /** The field to start in (a page's "fill in the report" opens the form there); the first one otherwise. */
  focus?: string;
  /** Values a new record starts with (a plan's "add a target" names the plan). */
  initial?: FormValues;
}

/** Fields that take the whole width of the form. */
const wide = (def: RegisterDef, f: FieldDef) =>
  f.key === def.titleField || f.type === 'longText' || f.type === 'file' || f.type === 'departmentList' || f.type === 'table';

/** A new record on a department laptop starts under that department rather than the office default. */
function withOwnDepartment(values: FormValues, ownerField: string | undefined, own: string[] | undefined): FormValues {
  if (!ownerField || !own?.[0] || own.includes(String(values[ownerField]))) return values;
  return { ...values, [ownerField]: own[0] };
}

/** The one form for every register: inputs from the field definitions, errors from the backend beside them. */
export function RecordFormDrawer({ def, record, onClose, onSaved, focus, initial }: Props) {
  const { t } = useTranslation();
  const { l, locale } = useLocale();
  const { info } = useAppData();
  const [saving, setSaving] = useState(false);
  /** Warnings the backend asks the user to confirm (spending beyond an allocation); saving again confirms them. */
  const [warnings, setWarnings] = useState<FieldIssue[]>([]);
  /** A department laptop files records under its own departments only. */
  const ownerField = 'field' in def.ownership ? def.ownership.field : undefined;
  const { role, departments } = info.installation;
  const ownDepartments = role === 'department' && departments.length ? departments : undefined;
  const fields = formFields(def);
  const first = fields.find((f) => f.key === focus) ?? fields[0];
  const form = useForm<FormValues>({
    initialValues: withOwnDepartment(
      { ...initialFormValues(def, record), ...(record ? {} : initial) },
      ownerField,
      record ? undefined : ownDepartments,
    ),
    validate: (values) => ({
      ...amountErrors(def, values, (text, digits) => t('form.badAmount', { text, digits })),
      ...requiredErrors(def, values, (f) => t('form.required', { label: l(f.label) })),
    }),
    // A warning was about the values as they were; once they change, saving asks again.
    onValuesChange: () => setWarnings((w) => (w.length ? [] : w)),
  });
  const guard = useDiscardGuard(form.isDirty(), onClose);
  /** Later stages' sections the user opened (and the one holding the field the form opens at). */
  const [opened, setOpened] = useState<Set<string>>(
    () =>
      new Set(
        sectionsOf(def, form.getValues(), fields)
          .filter((s) => s.fields.includes(first!))
          .map((s) => s.key),
      ),
  );
  // Grouped by the values being typed: choosing 来访 shows the inbound switches, a move to 行程结束 opens the report.
  const sections = sectionsOf(def, form.getValues(), fields);

  /** When editing, the status can stay or make one of the moves the register allows. */
  const statusOptions = (field: FieldDef) => {
    const current = record?.values[field.key];
    if (field.key !== def.statusField || !def.transitions || typeof current !== 'string') return undefined;
    const allowed = [current, ...(def.transitions[current] ?? [])];
    return field.options?.filter((o) => allowed.includes(o.value));
  };

  const submit = async (values: FormValues, confirm?: string[]) => {
    setSaving(true);
    try {
      const saved = await invoke('records.put', {
        register: def.name,
        ...(record ? { id: record.id, baseHead: record.meta.head } : {}),
        values: toFieldValues(def, values),
        ...(confirm ? { confirm } : {}),
      });
      notifySuccess(t('form.saved'), t('form.savedBody', { title: String(saved.values[def.titleField] ?? '') }));
      guard.release();
      onSaved(saved);
    } catch (err) {
      if (err instanceof ApiError && err.body.code === 'NEEDS_CONFIRMATION') {
        setWarnings(err.body.issues ?? []);
        return;
      }
      const known = new Set(fields.map((f) => f.key));
      const issues = err instanceof ApiError ? (err.body.issues ?? []) : [];
      // Issues on table cells name their path ("legs.1.leave"); the cell's input is bound to that path.
      for (const i of issues) if (known.has(i.field.split('.')[0]!)) form.setFieldError(i.field, pick(i.message, locale));
      // A refused field in a folded section is opened, so its message is seen beside it.
      const refused = new Set(issues.map((i) => i.field.split('.')[0]!));
      setOpened((o) => new Set([...o, ...sections.filter((sec) => sec.fields.some((f) => refused.has(f.key))).map((sec) => sec.key)]));
      notifyError(err, issues.length ? t('form.invalid') : undefined);
    } finally {
      setSaving(false);
    }
  };
  const save = form.onSubmit((values) => submit(values));
  const confirmAndSave = () => submit(form.getValues(), warnings.map((w) => w.warning!).filter(Boolean));

  const title = record
    ? t('form.editTitle', { title: String(record.values[def.titleField] ?? '') })
    : t('form.newTitle', { register: l(def.label) });
  return (
    <Drawer
      opened
      onClose={guard.requestClose}
      closeOnEscape={false}
      position="right"
      size={formWidth(fields, locale)}
      title={
        <Text fw={600} truncate="end" maw={640}>
          {title}
        </Text>
      }
      zIndex={300}
    >
      <form onSubmit={save} onKeyDown={formKeyHandler(() => save())} noValidate data-testid="record-form">
        <Stack gap="lg">
          {sections.map((section) => (
            <FormSection
              key={section.key}
              def={def}
              section={section}
              folded={section.later && !opened.has(section.key)}
              onOpen={() => setOpened((o) => new Set(o).add(section.key))}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
                {section.fields.map((field) => (
                  <Box key={field.key} data-testid={`field-${field.key}`} style={wide(def, field) ? { gridColumn: '1 / -1' } : undefined}>
                    <FieldInput
                      field={field}
                      form={form}
                      options={statusOptions(field)}
                      departments={field.key === ownerField ? ownDepartments : undefined}
                      refTitle={record?.refTitles?.[field.key]}
                      autoFocus={field === first}
                    />
                  </Box>
                ))}
              </SimpleGrid>
            </FormSection>
          ))}
        </Stack>
        {/* The footer stays in view, so a warning raised by saving shows where the user just clicked. */}
        <Stack gap="sm" mt="xl" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)" style={{ zIndex: 1 }}>
          {def.sameAs ? <SameRecordsNotice def={def} id={record?.id} values={form.getValues()} /> : null}
          {warnings.length ? (
            <FormWarnings warnings={warnings} saving={saving} onConfirm={confirmAndSave} onBack={() => setWarnings([])} />
          ) : null}
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {t('form.submitHint')}
            </Text>
            <Group gap="sm">
              <Button variant="default" onClick={guard.requestClose}>
                {t('form.cancel')}
              </Button>
              <Button type="submit" loading={saving} data-testid="submit-record">
                {t('form.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
      {guard.asking ? <DiscardChangesModal onKeepEditing={guard.keepEditing} onDiscard={guard.discard} /> : null}
    </Drawer>
  );
}
