import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RECEPTION_RECORD_KINDS } from '@xinfang/domain';
import { Alert, AntApp, Button, Flex, Form, formatDateTime, Input, Select, Space, Switch, Table, Tag, Tooltip } from '../../../ui';
import { useCurrentUser } from '../../auth/hooks/useMe';
import { fetchRecordOptions, fetchRecords, type ReceptionRecord, type RecordFilter, type SavedRecord } from '../api/reception';
import { RecordCorrection } from './RecordCorrection';
import { RecordForm } from './RecordForm';
import { RecordMatters } from './RecordView';

/**
 * 接访记录: the receptions recorded in one's scope (or, for a leader, those one held), filtered by kind, days and
 * leader; each with its matters, the leader's decisions and the petitions they became; unscheduled ones marked.
 */
export function ReceptionRecords() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const client = useQueryClient();
  const canRecord = me.permissions.includes('petition.register');
  const [filter, setFilter] = useState<RecordFilter>({ mine: !canRecord && me.permissions.includes('petition.instruct') });
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<SavedRecord | null>(null);
  const [correcting, setCorrecting] = useState<ReceptionRecord | null>(null);
  const { message } = AntApp.useApp();
  const { data, isLoading, hasNextPage, fetchNextPage, isFetchingNextPage } = useInfiniteQuery({
    queryKey: ['reception', 'records', filter],
    queryFn: ({ pageParam }) => fetchRecords(filter, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const records = data?.pages.flatMap((p) => p.items) ?? [];
  // Every leader of the government's tree, not only those of the records loaded: the server filters.
  const { data: options } = useQuery({ queryKey: ['reception', 'record-options'], queryFn: fetchRecordOptions });
  const day = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex gap="middle" wrap align="center">
        <Form.Item label={t('reception.records.kind')} style={{ marginBottom: 0 }}>
          <Select
            allowClear
            aria-label={t('reception.records.kind')}
            style={{ width: 140 }}
            value={filter.kind}
            onChange={(kind?: ReceptionRecord['kind']) => setFilter({ ...filter, kind })}
            options={RECEPTION_RECORD_KINDS.map((k) => ({ value: k, label: t(`reception.records.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('reception.records.from')} style={{ marginBottom: 0 }}>
          <Input placeholder="2027-01-01" style={{ width: 130 }} onChange={(e) => setFilter({ ...filter, from: day(e.target.value) })} />
        </Form.Item>
        <Form.Item label={t('reception.records.to')} style={{ marginBottom: 0 }}>
          <Input placeholder="2027-03-31" style={{ width: 130 }} onChange={(e) => setFilter({ ...filter, to: day(e.target.value) })} />
        </Form.Item>
        <Form.Item label={t('reception.records.leader')} style={{ marginBottom: 0 }}>
          <Select
            allowClear
            aria-label={t('reception.records.leader')}
            style={{ width: 200 }}
            showSearch={{ optionFilterProp: 'label' }}
            value={filter.leaderId}
            onChange={(leaderId?: number) => setFilter({ ...filter, leaderId })}
            options={(options?.leaders ?? []).map((l) => ({ value: l.id, label: `${l.name}（${l.orgName}）` }))}
          />
        </Form.Item>
        <Form.Item label={t('reception.records.mine')} style={{ marginBottom: 0 }}>
          <Switch
            aria-label={t('reception.records.mine')}
            checked={filter.mine ?? false}
            onChange={(mine) => setFilter({ ...filter, mine })}
          />
        </Form.Item>
        {canRecord && (
          <Button type="primary" onClick={() => setOpen(true)}>
            {t('reception.records.add')}
          </Button>
        )}
      </Flex>
      {saved && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setSaved(null) }}
          title={t('reception.records.saved')}
          description={
            saved.queryCodes.length > 0 && (
              <>
                {t('reception.records.queryCodes')}
                <ul>
                  {saved.queryCodes.map((c) => (
                    <li key={c.petitionId}>{t('reception.records.queryCode', { number: c.number, code: c.queryCode })}</li>
                  ))}
                </ul>
              </>
            )
          }
        />
      )}
      <Table<ReceptionRecord>
        size="small"
        rowKey="id"
        loading={isLoading}
        dataSource={records}
        pagination={false}
        locale={{ emptyText: t('reception.records.empty') }}
        columns={[
          {
            title: t('reception.records.heldAt'),
            width: 170,
            render: (_, r) => (
              <Space size={4}>
                {formatDateTime(r.heldAt)}
                {r.unscheduled && (
                  <Tooltip title={t('reception.records.unscheduledHint')}>
                    <Tag color="orange">{t('reception.records.unscheduled')}</Tag>
                  </Tooltip>
                )}
              </Space>
            ),
          },
          { title: t('reception.records.kind'), width: 100, render: (_, r) => t(`reception.records.kinds.${r.kind}`) },
          { title: t('reception.records.leaders'), render: (_, r) => r.leaders.map((l) => l.name).join('、') },
          { title: t('reception.records.place'), dataIndex: 'place' },
          {
            title: t('reception.records.visitors'),
            width: 90,
            render: (_, r) => t('reception.records.visitorCount', { count: r.visitors.length }),
          },
          { title: t('reception.records.matters'), render: (_, r) => <RecordMatters record={r} /> },
          ...(canRecord
            ? [
                {
                  title: t('reception.actions'),
                  width: 80,
                  render: (_: unknown, r: ReceptionRecord) => (
                    <Button size="small" onClick={() => setCorrecting(r)}>
                      {t('reception.records.correct')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {hasNextPage && (
        <Button onClick={() => void fetchNextPage()} loading={isFetchingNextPage}>
          {t('common.loadMore')}
        </Button>
      )}
      {correcting && (
        <RecordCorrection
          key={correcting.id}
          record={correcting}
          onClose={() => setCorrecting(null)}
          onSaved={() => {
            setCorrecting(null);
            void message.success(t('reception.records.corrected'));
            void client.invalidateQueries({ queryKey: ['reception'] });
          }}
        />
      )}
      <RecordForm
        open={open}
        onClose={() => setOpen(false)}
        onSaved={(s) => {
          setOpen(false);
          setSaved(s);
          void client.invalidateQueries({ queryKey: ['reception', 'records'] });
        }}
      />
    </Space>
  );
}
