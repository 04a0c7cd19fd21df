import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { RecordDto, RegisterDef } from '../../../src-main/contract';
import { useLocale } from '../../i18n/useLocale';
import { FieldValueView } from '../values/FieldValueView';
import { isEmpty } from '../values/valueText';

/** The figures the backend derives on every save (days, countries, group size), one card each. */
export function DerivedFigures({ def, record }: { def: RegisterDef; record: RecordDto }) {
  const { l } = useLocale();
  const fields = def.fields.filter((f) => f.derived);
  if (!fields.length) return null;
  return (
    <SimpleGrid cols={{ base: 2, md: fields.length }} spacing="sm">
      {fields.map((field) => {
        const value = record.values[field.key];
        return (
          <Paper key={field.key} withBorder radius="md" px="md" py="sm" data-testid={`figure-${field.key}`}>
            <Text size="xs" c="dimmed" mb={4}>
              {l(field.label)}
            </Text>
            {field.type === 'integer' && !isEmpty(value) ? (
              <Text fz={26} fw={700} lh={1.2}>
                {String(value)}
              </Text>
            ) : (
              <FieldValueView field={field} value={value} />
            )}
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
