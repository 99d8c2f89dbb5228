import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Descriptions, formatDateTime, Modal, Tag } from '../../../ui';
import { DocumentDownloads } from '../../documents/components/DocumentDownloads';
import { fetchRecord, type ReceptionRecord } from '../api/reception';

// Links inside sentences are told apart by more than their colour.
export const underline = { textDecoration: 'underline' } as const;

/** A record's matters: the leader's decision on each, the petition it became, the documents issued. */
export function RecordMatters({ record }: { record: ReceptionRecord }) {
  const { t } = useTranslation();
  return (
    <ul style={{ margin: 0, paddingInlineStart: 16 }}>
      {record.matters.map((m) => (
        <li key={m.id}>
          {m.title}：{t(`reception.records.decisions.${m.decision}`)}
          {m.org && `（${m.org.name}，${m.dueDate ?? ''}）`}{' '}
          <Link to={`/petitions/${m.petition.id}`} style={underline}>
            {m.petition.number}
          </Link>{' '}
          <Tag>{t(`statuses.${m.petition.status}`)}</Tag>
          <ul style={{ margin: 0, paddingInlineStart: 16 }}>
            {m.documents.map((d) => (
              <li key={d.id}>
                {d.title}（{d.number}） <DocumentDownloads doc={d} style={underline} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** One record at a glance, opened from the desk's day where a visit was recorded. */
export function RecordModal({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { data } = useQuery({ queryKey: ['reception', 'record', id], queryFn: () => fetchRecord(id!), enabled: id !== null });
  return (
    <Modal open={id !== null} title={id && t('reception.records.recordNo', { id })} onCancel={onClose} footer={null} width={720}>
      {data && (
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('reception.records.heldAt')}>{formatDateTime(data.heldAt)}</Descriptions.Item>
          <Descriptions.Item label={t('reception.records.kind')}>{t(`reception.records.kinds.${data.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('reception.records.leaders')}>{data.leaders.map((l) => l.name).join('、')}</Descriptions.Item>
          <Descriptions.Item label={t('reception.records.place')}>{data.place}</Descriptions.Item>
          <Descriptions.Item label={t('reception.records.visitors')}>{data.visitors.map((v) => v.name).join('、')}</Descriptions.Item>
          <Descriptions.Item label={t('reception.records.raised')}>{data.raised}</Descriptions.Item>
          <Descriptions.Item label={t('reception.records.matters')}>
            <RecordMatters record={data} />
          </Descriptions.Item>
        </Descriptions>
      )}
    </Modal>
  );
}
