import { Badge } from '@mantine/core';
import type { FieldDef } from '../../../src-main/contract';
import { useLocale } from '../../i18n/useLocale';
import { findOption } from './valueText';

/** An option shown as a badge in its defined colour; unknown values (older data) show as they are. */
export function EnumBadge({ field, value }: { field: FieldDef; value: string }) {
  const { l } = useLocale();
  const option = findOption(field, value);
  const label = option ? l(option.label) : value;
  return (
    <Badge variant="light" color={option?.color ?? 'gray'} radius="sm" tt="none" fw={500} maw="100%" title={label}>
      {label}
    </Badge>
  );
}
