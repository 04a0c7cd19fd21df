import { MultiSelect, NumberInput, Select, Switch, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDef, FileRef } from '../../../src-main/contract';
import { useAppData } from '../../app/AppDataContext';
import { useDepartments } from '../../app/DepartmentsContext';
import { useLocale } from '../../i18n/useLocale';
import { FileField } from './FileField';
import { MoneyInput } from './MoneyInput';
import { optionSearch } from './optionSearch';
import { parseDate } from './parseDate';
import type { FormValues } from './formValues';
import { RefSelect } from './RefSelect';
import { TableField } from './TableField';

interface Props {
  field: FieldDef;
  form: UseFormReturnType<FormValues>;
  /** Options for enum fields when the form narrows them (status moves). */
  options?: FieldDef['options'];
  /** Department codes this installation may choose for the owning department, when restricted. */
  departments?: string[];
  refTitle?: string;
  autoFocus?: boolean;
  /** A cell of a table row: the column header names it, so the input carries no label of its own. */
  bare?: boolean;
}

/** The input for one field, chosen by its type; every input is named by the field key. */
export function FieldInput({ field, form, options, departments, refTitle, autoFocus, bare }: Props) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const allDepartments = useDepartments().options;
  const { installation } = useAppData().info;
  const input = form.getInputProps(field.key);
  const [month, setMonth] = useState<string | undefined>();
  const nearValue = field.calendarNear ? form.getInputProps(field.key.replace(/[^.]+$/, field.calendarNear)).value : undefined;
  const nearDate = typeof nearValue === 'string' && nearValue ? nearValue : undefined;
  // A masked value comes back masked; saving it unchanged keeps the stored one, and the form says so.
  const help = field.masked ? t('form.maskedHelp') : field.help ? l(field.help) : undefined;
  const common = {
    label: bare ? undefined : l(field.label),
    'aria-label': bare ? l(field.label) : undefined,
    description: bare ? undefined : help,
    withAsterisk: Boolean(field.required),
    name: field.key,
    // Selects and dates put `name` on a hidden input that holds the value; this marks the one people type in.
    'data-field': field.key,
    error: input.error as string | undefined,
    onBlur: input.onBlur,
    // Typing into a select replaces its current choice instead of appending to the choice's label.
    onFocus: (event: React.FocusEvent<HTMLElement>) => {
      const el = event.currentTarget;
      if (el instanceof HTMLInputElement && el.getAttribute('role') === 'combobox') el.select();
      input.onFocus?.(event);
    },
    'data-autofocus': autoFocus || undefined,
  };
  const optionData = (options ?? field.options ?? []).map((o) => ({ value: o.value, label: l(o.label) }));
  const optionFilter = field.type === 'enum' || field.type === 'enumList' ? { filter: optionSearch(options ?? field.options ?? []) } : {};
  // A narrow cell's choices open as wide as they need ("Transit (leaves the airport)").
  const combobox = bare ? { comboboxProps: { width: 'max-content', position: 'bottom-start' as const } } : {};
  const departmentData = departments ? allDepartments.filter((d) => departments.includes(d.value)) : allDepartments;

  switch (field.type) {
    case 'text':
    case 'url':
    case 'email':
      return (
        <TextInput
          {...common}
          type={field.type === 'text' ? 'text' : field.type}
          maxLength={field.maxLength}
          value={String(input.value ?? '')}
          onChange={input.onChange}
        />
      );
    case 'longText':
      return (
        <Textarea
          {...common}
          autosize
          minRows={2}
          maxRows={10}
          maxLength={field.maxLength}
          value={String(input.value ?? '')}
          onChange={input.onChange}
        />
      );
    case 'integer':
      return (
        <NumberInput
          {...common}
          allowDecimal={false}
          min={field.min}
          max={field.max}
          value={input.value as number | string}
          onChange={input.onChange}
        />
      );
    case 'boolean': {
      // A switch always has a value, so it carries no required marker.
      const { withAsterisk: _none, ...props } = common;
      return (
        <Switch
          {...props}
          mt={bare ? 6 : 'lg'}
          checked={Boolean(input.value)}
          onChange={(e) => form.setFieldValue(field.key, e.currentTarget.checked)}
        />
      );
    }
    case 'date':
      return (
        <DateInput
          {...common}
          valueFormat="YYYY-MM-DD"
          dateParser={parseDate}
          placeholder={t('form.datePlaceholder')}
          clearable
          // Tab goes from a typed date to the next field, not to the clear button (where the next date typed was lost).
          clearButtonProps={{ tabIndex: -1 }}
          // The month shown: where the user went, else the date's own, else (an end date) its start's, else today's.
          date={month ?? (input.value as string | null) ?? nearDate ?? undefined}
          onDateChange={setMonth}
          popoverProps={{ onClose: () => setMonth(undefined) }}
          monthLabelFormat={t('form.monthLabelFormat')}
          value={(input.value as string | null) ?? null}
          onChange={(v) => form.setFieldValue(field.key, v)}
          // DateInput puts the last valid date back on blur; say so, or a typo would vanish unnoticed.
          onBlur={(e) => {
            const text = e.currentTarget.value.trim();
            if (text && !parseDate(text)) form.setFieldError(field.key, t('form.badDate', { text }));
            input.onBlur?.(e);
          }}
        />
      );
    case 'enum':
    case 'department':
      return (
        <Select
          {...common}
          {...combobox}
          data={field.type === 'enum' ? optionData : departmentData}
          {...optionFilter}
          searchable
          selectFirstOptionOnChange
          clearable={!field.required}
          // Picking the chosen option again keeps it; a required choice is never emptied by a click.
          allowDeselect={!field.required}
          nothingFoundMessage={t('form.nothingFound')}
          value={(input.value as string | null) ?? null}
          onChange={(v) => form.setFieldValue(field.key, v)}
        />
      );
    case 'enumList':
    case 'departmentList':
      return (
        <MultiSelect
          {...common}
          data={field.type === 'enumList' ? optionData : departmentData}
          {...optionFilter}
          searchable
          selectFirstOptionOnChange
          clearable
          nothingFoundMessage={t('form.nothingFound')}
          value={(input.value as string[]) ?? []}
          onChange={(v) => form.setFieldValue(field.key, v)}
        />
      );
    case 'ref':
      return (
        <RefSelect
          {...common}
          register={field.ref ?? ''}
          initialTitle={refTitle}
          // The backend refuses another department's people on a department laptop; do not offer them.
          departments={field.refScope === 'ownDepartments' && installation.role === 'department' ? installation.departments : undefined}
          value={(input.value as string | null) ?? null}
          onChange={(v) => form.setFieldValue(field.key, v)}
        />
      );
    case 'file':
      return (
        <FileField
          {...common}
          compact={bare}
          value={(input.value as FileRef | null) ?? null}
          onChange={(v) => form.setFieldValue(field.key, v)}
        />
      );
    case 'money':
      return <MoneyInput {...common} field={field} form={form} />;
    case 'decimal':
      return (
        <TextInput
          {...common}
          inputMode="decimal"
          value={String(input.value ?? '')}
          onChange={input.onChange}
          styles={{ input: { textAlign: 'right' } }}
        />
      );
    case 'table':
      return <TableField field={field} form={form} label={common.label ?? ''} description={common.description} />;
  }
}
