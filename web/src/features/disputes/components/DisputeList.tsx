import { DISPUTE_KINDS, DISPUTE_STATUSES, type DisputeStatus } from '@xinfang/domain';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dynamicKey } from '../../../i18n/keys';
import { Alert, Button, Checkbox, Empty, Input, Select, Space, Spin, Typography, formatDate } from '../../../ui';
import { fetchDisputes, type DisputeListItem, type ListFilters } from '../api/disputes';
import { StatusTag } from './StatusTag';

const PAGE = 30;

/** 矛盾纠纷台账: filters, search, 加载更多 by keyset; one card per dispute (no wide table: it is read on phones too). */
export function DisputeList() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<ListFilters>({ status: [], kind: [], awaiting: false, q: '' });
  const [typed, setTyped] = useState('');
  const query = useInfiniteQuery({
    queryKey: ['disputes', 'list', filters],
    queryFn: ({ pageParam }) => fetchDisputes(filters, pageParam, PAGE),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div style={{ maxWidth: 960 }}>
      <Space wrap style={{ marginBottom: 16 }} align="center">
        <Select<DisputeStatus[]>
          mode="multiple"
          allowClear
          aria-label={t('disputes.filters.status')}
          placeholder={t('disputes.filters.status')}
          style={{ minWidth: 200 }}
          value={filters.status as DisputeStatus[]}
          onChange={(status) => setFilters((f) => ({ ...f, status }))}
          options={DISPUTE_STATUSES.map((s) => ({ value: s, label: t(dynamicKey(`disputes.statuses.${s}`)) }))}
        />
        <Select
          allowClear
          aria-label={t('disputes.filters.kind')}
          placeholder={t('disputes.filters.kind')}
          style={{ minWidth: 160 }}
          value={filters.kind[0]}
          onChange={(kind?: string) => setFilters((f) => ({ ...f, kind: kind ? [kind] : [] }))}
          options={DISPUTE_KINDS.map((k) => ({ value: k, label: t(dynamicKey(`disputes.kinds.${k}`)) }))}
        />
        <Checkbox checked={filters.awaiting} onChange={(e) => setFilters((f) => ({ ...f, awaiting: e.target.checked }))}>
          {t('disputes.filters.awaiting')}
        </Checkbox>
        <Input.Search
          allowClear
          aria-label={t('disputes.filters.search')}
          placeholder={t('disputes.filters.search')}
          style={{ width: 260 }}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onSearch={(q) => setFilters((f) => ({ ...f, q }))}
        />
      </Space>
      {query.isError && <Alert type="error" showIcon title={query.error.message} style={{ marginBottom: 12 }} />}
      {query.isPending ? (
        <Spin />
      ) : items.length === 0 ? (
        <Empty description={t('disputes.list.empty')} />
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="dispute-list">
          {items.map((d) => (
            <DisputeRow key={d.id} d={d} />
          ))}
        </ul>
      )}
      {items.length > 0 && (
        <Space style={{ marginTop: 12 }}>
          <Typography.Text type="secondary">{t('disputes.list.count', { count: items.length })}</Typography.Text>
          {query.hasNextPage && (
            <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
              {t('disputes.list.more')}
            </Button>
          )}
        </Space>
      )}
    </div>
  );
}

function DisputeRow({ d }: { d: DisputeListItem }) {
  const { t } = useTranslation();
  return (
    <li className="xf-dispute-row" data-testid="dispute-row" style={{ borderBottom: '1px solid #f0f0f0', padding: '12px 0' }}>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'baseline' }}>
        <Link to={`/disputes/${d.id}`} style={{ fontSize: 16, fontWeight: 600 }}>
          {d.title}
        </Link>
        <StatusTag status={d.status} />
      </div>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
        {[
          d.number,
          t(dynamicKey(`disputes.kinds.${d.kind}`)),
          d.org.name,
          d.parties.join('、'),
          `${t('disputes.list.foundOn')} ${formatDate(d.foundOn)}`,
        ].join(' · ')}
        {d.escalatedTo && ` · ${t('disputes.list.escalatedTo', { org: d.escalatedTo.name })}`}
      </Typography.Text>
    </li>
  );
}
