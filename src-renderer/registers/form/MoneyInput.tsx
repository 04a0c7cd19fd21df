import { TextInput, type TextInputProps } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { currencyDigits, formatAmount, parseAmount, type FieldDef } from '../../../src-main/contract';
import { amountCurrency } from './amountChecks';
import type { FormValues } from './formValues';

interface Props extends Omit<TextInputProps, 'form'> {
  field: FieldDef;
  form: UseFormReturnType<FormValues>;
}

/**
 * An amount typed as people write it ("12,345.67", full-width digits too), kept as text until the backend
 * reads it in the record's currency; on leaving the field it is tidied to the currency's digits, or marked
 * when it is not an amount in that currency.
 */
export function MoneyInput({ field, form, ...common }: Props) {
  const { t } = useTranslation();
  const input = form.getInputProps(field.key);
  const currency = amountCurrency(field, form.getValues());
  const digits = currencyDigits(currency);
  return (
    <TextInput
      {...common}
      inputMode="decimal"
      rightSection={<span style={{ fontSize: 11, color: 'var(--mantine-color-dimmed)' }}>{currency}</span>}
      rightSectionWidth={42}
      styles={{ input: { textAlign: 'right', fontFamily: 'var(--mantine-font-family-monospace)' } }}
      value={String(input.value ?? '')}
      onChange={input.onChange}
      onBlur={(e) => {
        const text = e.currentTarget.value.trim();
        if (text) {
          const minor = parseAmount(text, digits);
          if (minor === null) form.setFieldError(field.key, t('form.badAmount', { text, digits }));
          else form.setFieldValue(field.key, formatAmount(minor, digits));
        }
        input.onBlur?.(e);
      }}
    />
  );
}
