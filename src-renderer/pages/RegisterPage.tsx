import { Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import type { RecordDto, RegisterDef } from '../../src-main/contract';
import { useAppData } from '../app/AppDataContext';
import type { Navigate } from '../app/useHashRoute';
import { useLocale } from '../i18n/useLocale';
import { RecordDetailDrawer } from '../registers/detail/RecordDetailDrawer';
import { RecordFormDrawer } from '../registers/form/RecordFormDrawer';
import { BulkActions } from '../registers/list/BulkActions';
import type { ListView } from '../registers/list/listAddress';
import { ListEmptyState } from '../registers/list/ListEmptyState';
import { ListToolbar } from '../registers/list/ListToolbar';
import { RecordTable } from '../registers/list/RecordTable';
import { useListQuery } from '../registers/list/useListQuery';
import { useRecordPages } from '../registers/list/useRecordPages';
import { useSelection } from '../registers/list/useSelection';
import { SheetButtons } from '../registers/xlsx/SheetButtons';
import { RegisterIcon } from '../app/RegisterIcon';
import { detailPanels } from './detailPanels';
import { recordPages } from './recordPages';
import { registerActions } from './registerActions';

interface Props {
  def: RegisterDef;
  /** The record open over the list (or on its own page), from the address. */
  id?: string;
  /** What the list shows, as the address says (a link's filters, a reload); absent where the list is not in the address. */
  view?: ListView;
  /** Only these records (the ones behind a dashboard figure). */
  ids?: string[];
  navigate: Navigate;
}

/**
 * A register: its list, the open record's detail and the form, all driven by the definition. A register
 * with a page of its own shows an open record there instead; the list keeps its search and filters
 * meanwhile, for the way back.
 */
export function RegisterPage({ def, id, view, ids, navigate }: Props) {
  const { l } = useLocale();
  const { revision, touch, canWrite } = useAppData();
  const state = useListQuery(
    def,
    view && {
      view,
      onChange: (next) => navigate({ page: 'register', register: def.name, ...(id ? { id } : {}), ...next }, { replace: true }),
    },
    ids,
  );
  const pages = useRecordPages(state.query, revision(def.name));
  const queryKey = JSON.stringify(state.query);
  const selection = useSelection(pages.rows, pages.total, queryKey);
  /** The form: null when closed; `record` absent for a new one. */
  const [form, setForm] = useState<{ record?: RecordDto } | null>(null);
  const writable = canWrite(def);

  const open = (recordId?: string) =>
    navigate({ page: 'register', register: def.name, ...(recordId ? { id: recordId } : {}), ...state.view });
  const changed = (record: RecordDto) => {
    touch(def.name);
    open(record.id);
  };
  const empty = pages.total === 0 && pages.rows.length === 0 && !pages.loading;
  const RecordPage = recordPages[def.name];
  const Actions = registerActions[def.name];
  if (id && RecordPage) return <RecordPage def={def} id={id} />;

  return (
    <Stack gap="md" style={{ flex: 1, minHeight: 0 }}>
      <Group gap="sm">
        <RegisterIcon name={def.icon} size={24} />
        <Title order={3}>{l(def.label)}</Title>
        <Group ml="auto">
          {Actions && writable ? <Actions /> : null}
          <SheetButtons def={def} query={state.query} canWrite={writable} onImported={() => touch(def.name)} />
        </Group>
      </Group>
      <ListToolbar def={def} state={state} total={pages.total} canWrite={writable} onNew={() => setForm({})} />
      {state.onlyDeleted ? null : (
        <BulkActions
          def={def}
          query={state.query}
          selection={selection}
          total={pages.total}
          canWrite={writable}
          onChanged={() => touch(def.name)}
        />
      )}
      {empty ? (
        <ListEmptyState
          def={def}
          narrowed={state.hasCriteria}
          onlyDeleted={state.onlyDeleted}
          canWrite={writable}
          onNew={() => setForm({})}
          onClear={state.clear}
        />
      ) : (
        <RecordTable
          def={def}
          queryKey={queryKey}
          pages={pages}
          sort={state.sort}
          onSort={state.toggleSort}
          onOpen={open}
          selection={state.onlyDeleted ? undefined : selection}
        />
      )}
      {id ? (
        <RecordDetailDrawer
          def={def}
          id={id}
          covered={form !== null}
          onClose={() => open()}
          onEdit={(record) => setForm({ record })}
          onChanged={changed}
          panel={detailPanels[def.name]}
        />
      ) : null}
      {form ? (
        <RecordFormDrawer
          def={def}
          record={form.record}
          onClose={() => setForm(null)}
          onSaved={(record) => {
            setForm(null);
            changed(record);
          }}
        />
      ) : null}
    </Stack>
  );
}
