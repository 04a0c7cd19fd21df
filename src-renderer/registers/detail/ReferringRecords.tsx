import { Anchor, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDef, FilterDef, ListPage, RegisterDef } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useAppData } from '../../app/AppDataContext';
import { routeHref } from '../../app/useHashRoute';
import { useLocale } from '../../i18n/useLocale';
import { notifyError } from '../../util/notify';
import { alignsRight } from '../list/columns';
import { FieldValueView } from '../values/FieldValueView';

const shownRows = 10;
/** Beside the title, the other register's choices and dates say what each record is and when. */
const maxColumns = 4;

interface Link {
  other: RegisterDef;
  filter: FilterDef;
}

/**
 * Registers that refer to `def` and filter on it: in table rows (delegations by member, for a person) or in
 * a reference field (expenses of a delegation).
 */
function linksTo(def: RegisterDef, registers: RegisterDef[]): Link[] {
  return registers.flatMap((other) =>
    other.filters
      .filter((filter) => {
        if (filter.kind === 'ref') return other.fields.find((f) => f.key === filter.field)?.ref === def.name;
        if (filter.kind !== 'tableRef') return false;
        const [table, column] = filter.field.split('.');
        return other.fields.find((f) => f.key === table)?.columns?.find((c) => c.key === column)?.ref === def.name;
      })
      .map((filter) => ({ other, filter })),
  );
}

/**
 * The records of other registers that name this one: a person's delegations, a delegation's expenses. The
 * registers with none yet are named together on one line, so a record linked to little stays short.
 */
export function ReferringRecords({ def, id }: { def: RegisterDef; id: string }) {
  const { t } = useTranslation();
  const { l, locale } = useLocale();
  const { registers } = useAppData();
  const [totals, setTotals] = useState<Record<string, number>>({});
  const onTotal = useCallback(
    (key: string, total: number) => setTotals((was) => (was[key] === total ? was : { ...was, [key]: total })),
    [],
  );
  const links = linksTo(def, registers).map((link) => ({ ...link, key: `${link.other.name}.${link.filter.key}` }));
  const none = links.filter(({ key }) => totals[key] === 0).map(({ other }) => l(other.label));
  const list = new Intl.ListFormat(locale === 'en' ? 'en' : 'zh-CN', { type: 'disjunction' });
  return (
    <>
      {links.map(({ key, other, filter }) => (
        <ReferringList key={key} listKey={key} other={other} filter={filter} id={id} hidden={totals[key] === 0} onTotal={onTotal} />
      ))}
      {none.length ? (
        <Text size="sm" c="dimmed" data-testid="referring-none">
          {t('detail.referringNone', { registers: list.format(locale === 'en' ? none.map((s) => s.toLowerCase()) : none) })}
        </Text>
      ) : null}
    </>
  );
}

interface ListProps extends Link {
  id: string;
  listKey: string;
  /** Nothing refers here yet: the list stays loaded (to notice a new record) but is named on the shared line instead. */
  hidden: boolean;
  onTotal: (listKey: string, total: number) => void;
}

function ReferringList({ other, filter, id, listKey, hidden, onTotal }: ListProps) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const { revision } = useAppData();
  const [page, setPage] = useState<ListPage | null>(null);
  const rev = revision(other.name);

  useEffect(() => {
    let live = true;
    invoke('records.list', { register: other.name, filters: { [filter.key]: id }, limit: shownRows }).then((p) => {
      if (!live) return;
      setPage(p);
      onTotal(listKey, p.total);
    }, notifyError);
    return () => {
      live = false;
    };
  }, [other.name, filter.key, id, rev, listKey, onTotal]);

  if (hidden) return null;
  const listed = other.listColumns.map((key) => other.fields.find((f) => f.key === key)).filter((f): f is FieldDef => f !== undefined);
  // Choices and dates say what each record is and when; an amount in yuan says what it cost.
  const choices = listed.filter((f) => f.type === 'enum' || f.type === 'date').slice(0, maxColumns - 1);
  // The date that counts as activity (an agreement's signing) stays even when choices fill the columns.
  const when = listed.find((f) => f.key === other.activityField && !choices.includes(f));
  const columns = [...choices, ...(when ? [when] : []), ...listed.filter((f) => f.type === 'money' && !f.currencyField).slice(-1)];
  const all = routeHref({ page: 'register', register: other.name, filters: { [filter.key]: id } });

  return (
    <Stack gap={6} data-testid={`referring-${other.name}`}>
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {l(other.label)}
        </Text>
        {page && page.total > page.rows.length ? (
          <Anchor size="sm" href={all}>
            {t('detail.referringAll', { count: page.total })}
          </Anchor>
        ) : null}
      </Group>
      {!page ? <Skeleton h={40} /> : null}
      {page?.rows.length ? (
        <Table.ScrollContainer minWidth={480} type="native">
          <Table verticalSpacing={6} fz="sm" withTableBorder>
            <Table.Tbody>
              {page.rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>
                    <Anchor
                      size="sm"
                      href={routeHref({ page: 'register', register: other.name, id: row.id })}
                      data-testid={`referring-link-${row.id}`}
                    >
                      {String(row.values[other.titleField] ?? '')}
                    </Anchor>
                  </Table.Td>
                  {columns.map((c) => (
                    <Table.Td key={c.key} ta={alignsRight(c) ? 'right' : undefined} style={{ whiteSpace: 'nowrap' }}>
                      <FieldValueView field={c} value={row.values[c.key]} siblings={row.values} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}
