import { Alert, Anchor, Badge, Button, Group, Radio, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictDetail, FieldChange, RegisterDef } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useAppData } from '../../app/AppDataContext';
import { routeHref } from '../../app/useHashRoute';
import { useLocale } from '../../i18n/useLocale';
import { useRefTitles } from '../../registers/detail/useRefTitles';
import { FieldValueView } from '../../registers/values/FieldValueView';
import { formatDateTime } from '../../util/format';
import { errorMessage, notifyError, notifySuccess } from '../../util/notify';
import { resolutionOf } from './resolution';

const differingBackground = 'var(--mantine-color-yellow-light)';

/** One record's versions side by side, field by field; differing fields are marked and picked per row or per version. */
export function ConflictCompare({ def, id }: { def: RegisterDef; id: string }) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const { touch, info } = useAppData();
  const register = def.name;
  const [detail, setDetail] = useState<ConflictDetail | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Record<string, number>>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    invoke('conflicts.get', { register, id }).then(setDetail, (err: unknown) => setProblem(errorMessage(err)));
  }, [register, id]);

  // Titles for reference fields, as the record's history shows them.
  const refChanges = useMemo<FieldChange[]>(
    () =>
      detail
        ? detail.versions.flatMap((v) => Object.entries(v.values ?? {}).map(([field, before]) => ({ field, before, after: null })))
        : [],
    [detail],
  );
  const titles = useRefTitles(def, refChanges);

  if (problem)
    return (
      <Stack>
        <Alert color="yellow" data-testid="conflict-problem">
          {problem}
        </Alert>
        <Anchor href={routeHref({ page: 'conflicts' })}>{t('conflicts.back')}</Anchor>
      </Stack>
    );
  if (!detail) return <Skeleton h={300} />;

  const differing = new Set(detail.differing);
  const fields = def.fields.filter((f) => !f.derived);
  const readOnly = info.readOnly;
  const wholeVersion = (n: number) => setChosen(Object.fromEntries(detail.differing.map((k) => [k, n])));
  const isWhole = (n: number) => detail.differing.every((k) => (chosen[k] ?? 0) === n);

  const save = async () => {
    setSaving(true);
    try {
      await invoke('conflicts.resolve', { register, id, ...resolutionOf(detail, chosen) });
      touch(register);
      notifySuccess(t('conflicts.saved'));
      location.hash = routeHref({ page: 'conflicts' });
    } catch (err) {
      notifyError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="md" data-testid="conflict-compare">
      <Anchor size="sm" href={routeHref({ page: 'conflicts' })}>
        ← {t('conflicts.back')}
      </Anchor>
      <Group gap="sm" align="center">
        <Badge variant="outline" radius="sm" tt="none">
          {l(def.label)}
        </Badge>
        <Title order={3}>
          <Anchor inherit href={routeHref({ page: 'register', register, id })}>
            {detail.title}
          </Anchor>
        </Title>
      </Group>
      <Text size="sm" c="dimmed">
        {readOnly ? t('conflicts.readOnly') : t('conflicts.differing')}
      </Text>
      <Table withTableBorder withColumnBorders verticalSpacing="xs" style={{ tableLayout: 'fixed' }} data-testid="conflict-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={160}>{t('conflicts.field')}</Table.Th>
            {detail.versions.map((v, n) => (
              <Table.Th key={v.changeId} data-testid={`version-${n}`}>
                <Stack gap={4}>
                  <Group gap={6}>
                    <Text fw={600} size="sm">
                      {t('conflicts.version', { n: n + 1 })}
                    </Text>
                    {v.shown ? (
                      <Badge size="xs" variant="light" tt="none">
                        {t('conflicts.shown')}
                      </Badge>
                    ) : null}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t('conflicts.by', { name: v.author.name, at: formatDateTime(v.at) })}
                  </Text>
                  {v.op === 'delete' ? (
                    <Text size="xs" c="red">
                      {t('conflicts.deleted')}
                    </Text>
                  ) : null}
                  {readOnly ? null : (
                    <Button
                      size="compact-xs"
                      variant={isWhole(n) ? 'filled' : 'light'}
                      color={v.op === 'delete' ? 'red' : 'blue'}
                      onClick={() => wholeVersion(n)}
                      data-testid={`use-version-${n}`}
                    >
                      {v.op === 'delete' ? t('conflicts.keepDelete') : t('conflicts.useVersion')}
                    </Button>
                  )}
                </Stack>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((f) => {
            const differs = differing.has(f.key);
            return (
              <Table.Tr
                key={f.key}
                style={differs ? { background: differingBackground } : undefined}
                data-differs={differs || undefined}
                data-field={f.key}
              >
                <Table.Td>
                  <Text size="sm" fw={differs ? 600 : 400}>
                    {l(f.label)}
                  </Text>
                </Table.Td>
                {detail.versions.map((v, n) => (
                  <Table.Td key={v.changeId}>
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      {differs && !readOnly ? (
                        <Radio
                          size="xs"
                          mt={2}
                          checked={(chosen[f.key] ?? 0) === n}
                          onChange={() => setChosen((c) => ({ ...c, [f.key]: n }))}
                          disabled={v.op === 'delete'}
                          aria-label={`${l(f.label)} ${t('conflicts.version', { n: n + 1 })}`}
                          data-testid={`pick-${f.key}-${n}`}
                        />
                      ) : null}
                      <div style={{ minWidth: 0 }}>
                        {v.op === 'delete' ? (
                          <Text size="sm" c="dimmed">
                            —
                          </Text>
                        ) : (
                          <FieldValueView
                            field={f}
                            value={v.values?.[f.key]}
                            siblings={v.values ?? undefined}
                            refTitle={titles.get(String(v.values?.[f.key] ?? ''))}
                          />
                        )}
                      </div>
                    </Group>
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {readOnly ? null : (
        <Group>
          <Button onClick={save} loading={saving} color="orange" data-testid="conflict-save">
            {t('conflicts.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
