import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Card, Space, Table, Typography } from '../../../ui';
import { StatusTag } from '../../petitions/components/labels';
import { fetchMyDuty, fetchShiftOwners, type MyDuty } from '../api/duty';

type Matter = MyDuty['matters'][number];

/**
 * 本班次登记 in the to-do list: the matters registered on the reader's desk shifts and not yet routed, and their
 * next shifts. Nothing is shown to someone without shifts.
 */
export function ShiftMatters() {
  const { t } = useTranslation();
  const { data } = useQuery({ queryKey: ['duty', 'mine'], queryFn: fetchMyDuty });
  if (!data || (data.matters.length === 0 && data.shifts.length === 0)) return null;
  return (
    <Card size="small" title={t('reception.shiftMatters')} data-testid="shift-matters">
      <Space orientation="vertical" style={{ width: '100%' }}>
        {data.shifts.length > 0 && (
          <Typography.Text type="secondary">
            {t('reception.myShifts')}：
            {data.shifts
              .slice(0, 5)
              .map((s) => `${s.date} ${t(`reception.dutyRoles.${s.role}`)}`)
              .join('，')}
          </Typography.Text>
        )}
        <Table<Matter>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={data.matters}
          locale={{ emptyText: t('inbox.empty') }}
          columns={[
            { title: t('list.number'), render: (_, m) => <Link to={`/petitions/${m.id}`}>{m.number}</Link> },
            { title: t('list.subject'), dataIndex: 'title' },
            { title: t('list.status'), render: (_, m) => <StatusTag status={m.status} /> },
            { title: t('reception.registeredAt'), dataIndex: 'registeredAt' },
          ]}
        />
      </Space>
    </Card>
  );
}

/** On a petition not yet routed: the desk officer of the shift it was registered on, who owns it until then. */
export function ShiftOwner({ petitionId }: { petitionId: number }) {
  const { t } = useTranslation();
  const { data } = useQuery({ queryKey: ['duty', 'owners', petitionId], queryFn: () => fetchShiftOwners(petitionId) });
  if (!data || data.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      data-testid="shift-owner"
      title={`${t('reception.shiftOwner')}：${data.map((o) => `${o.name}（${o.startsAt}—${o.endsAt.slice(5)}）`).join('，')}`}
    />
  );
}
