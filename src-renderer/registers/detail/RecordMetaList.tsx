import { DataList, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry, RecordMeta } from '../../../src-main/contract';
import { formatDateTime } from '../../util/format';

interface Props {
  id: string;
  meta: RecordMeta;
  /** Loaded history: names the authors (meta holds installation ids) and counts the versions (reveals are not versions). */
  history: HistoryEntry[] | null;
}

/** Who created and last changed the record, when, and how many versions it has had. */
export function RecordMetaList({ id, meta, history }: Props) {
  const { t } = useTranslation();
  const names = new Map(history?.map((e) => [e.author, e.authorName]));
  const who = (author: string) => names.get(author) ?? author;
  const rows: [string, React.ReactNode][] = [
    [t('detail.createdAt'), formatDateTime(meta.createdAt)],
    [t('detail.createdBy'), who(meta.createdBy)],
    [t('detail.updatedAt'), formatDateTime(meta.updatedAt)],
    [t('detail.updatedBy'), who(meta.updatedBy)],
    [
      t('detail.version'),
      <Tooltip label={meta.version} key="v">
        <span>{history ? t('history.versionN', { count: history.filter((e) => e.op !== 'reveal').length }) : meta.version}</span>
      </Tooltip>,
    ],
    [
      t('detail.id'),
      <Text key="id" size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
        {id}
      </Text>,
    ],
  ];
  return (
    <DataList size="sm" labelWidth={96} gap={6}>
      {rows.map(([label, value]) => (
        <DataList.Item key={label}>
          <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
          <DataList.ItemValue>{value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
