import { Paper, SimpleGrid } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { HistoryEntry, RecordDto, RegisterDef } from '../../../src-main/contract';
import { DetailSection } from './DetailSection';
import { HistoryPanel } from './HistoryPanel';
import { RecordMetaList } from './RecordMetaList';

interface Props {
  def: RegisterDef;
  record: RecordDto;
  title: string;
  /** Shown above the record's meta (a page's remaining fields). */
  children?: ReactNode;
  /** Offers 恢复此版本 in the history; absent where this installation may not edit the record. */
  onRestored?: (record: RecordDto) => void;
}

/** The foot of a record's page: who made and changed it, beside its history (which the meta list counts). */
export function RecordMetaAndHistory({ def, record, title, children, onRestored }: Props) {
  const [history, setHistory] = useState<HistoryEntry[] | null>(null);
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" style={{ alignItems: 'start' }}>
      <DetailSection title={title}>
        {children}
        <RecordMetaList id={record.id} meta={record.meta} history={history} />
      </DetailSection>
      <Paper withBorder radius="md" p="md">
        <HistoryPanel
          def={def}
          id={record.id}
          reloadKey={record.meta.version}
          onLoaded={setHistory}
          restore={onRestored ? { record, onRestored } : undefined}
        />
      </Paper>
    </SimpleGrid>
  );
}
