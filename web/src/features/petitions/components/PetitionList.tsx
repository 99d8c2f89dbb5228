import { CHANNELS, DEADLINE_FILTERS, PETITION_STATUSES, PETITION_TYPES } from '@xinfang/domain';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  Select,
  Space,
  Tag,
  Typography,
  formatDate,
  chinaDayBound,
  PageHeader,
  WideTable,
  type WideColumn,
} from '../../../ui';
import { useCurrentUser } from '../../auth/hooks/useMe';
import { CategoryCascader } from '../../categories/components/CategoryCascader';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { RegionPicker } from '../../orgs/components/RegionPicker';
import { StatFilterTag } from '../../stats/components/StatFilterTag';
import { exportUrl, fetchByHandler, fetchPetitions } from '../api/petitions';
import { type ListFilters, type PetitionListItem } from '../api/types';
import { FLAG_FILTERS, filtersToSearch, searchToFilters, statOf, withoutStat, type BoolFilter } from '../filters';
import { DeadlineCell } from './Deadline';
import { FlagTags, Snippet, StatusTag } from './labels';
import { SavedFilters } from './SavedFilters';

interface FilterValues {
  q?: string;
  status?: ListFilters['status'];
  channel?: ListFilters['channel'];
  type?: ListFilters['type'];
  categoryId?: number | null;
  regionCode?: string | null;
  orgId?: number | null;
  range?: [Dayjs | null, Dayjs | null] | null;
  flags?: BoolFilter[];
  deadline?: ListFilters['deadline'];
  sort?: string;
}

function toValues(f: ListFilters): FilterValues {
  return {
    q: f.q ?? '',
    status: f.status,
    channel: f.channel,
    type: f.type,
    categoryId: f.categoryId ?? null,
    regionCode: f.regionCode ?? null,
    orgId: f.orgId ?? null,
    range: f.from || f.to ? [f.from ? dayjs(f.from) : null, f.to ? dayjs(f.to) : null] : null,
    flags: FLAG_FILTERS.filter((k) => f[k] === true),
    deadline: f.deadline,
    sort: `${f.sort ?? 'receivedAt'}:${f.order ?? 'desc'}`,
  };
}

function toFilters(v: FilterValues): ListFilters {
  const [from, to] = v.range ?? [];
  const [sort, order] = (v.sort ?? 'receivedAt:desc').split(':') as [ListFilters['sort'], ListFilters['order']];
  const f: ListFilters = {
    q: v.q?.trim() || undefined,
    status: v.status?.length ? v.status : undefined,
    channel: v.channel?.length ? v.channel : undefined,
    type: v.type ?? undefined,
    categoryId: v.categoryId ?? undefined,
    regionCode: v.regionCode ?? undefined,
    orgId: v.orgId ?? undefined,
    from: from ? chinaDayBound(from, 'start') : undefined,
    to: to ? chinaDayBound(to, 'end') : undefined,
    deadline: v.deadline ?? undefined,
    sort,
    order,
  };
  for (const k of v.flags ?? []) f[k] = true;
  return f;
}

/**
 * The first screens' filters the form has no field for (the 承办人, the working days left): kept while the other
 * filters change, each shown as a tag that removes it.
 */
function KeptFilterTags({ filters, onChange }: { filters: ListFilters; onChange: (f: ListFilters) => void }) {
  const { t } = useTranslation();
  const { handlerId, dueWithin } = filters;
  const handlers = useQuery({ queryKey: ['petitions', 'by-handler'], queryFn: fetchByHandler, enabled: !!handlerId });
  if (!handlerId && !dueWithin) return null;
  const name = handlers.data?.rows.find((r) => r.handler.id === handlerId)?.handler.name ?? `#${handlerId}`;
  const tags = [
    ...(handlerId ? [{ key: 'handlerId' as const, text: t('list.handlerTag', { name }) }] : []),
    ...(dueWithin ? [{ key: 'dueWithin' as const, text: t('list.dueWithinTag', { days: dueWithin }) }] : []),
  ];
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      {tags.map(({ key, text }) => (
        <Tag
          key={key}
          color="blue"
          closable={{ 'aria-label': t('list.dropKept', { filter: text }) }}
          onClose={() => onChange({ ...filters, [key]: undefined })}
          data-testid={`kept-filter-${key}`}
          style={{ fontSize: 14, padding: '4px 8px' }}
        >
          {text}
        </Tag>
      ))}
    </Space>
  );
}

/** 信访事项: filters kept in the URL, keyset paging, search snippets, saved filters and Excel export. */
export function PetitionList() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => searchToFilters(params), [params]);
  const stat = statOf(filters);
  const kept: ListFilters = { ...stat, handlerId: filters.handlerId, dueWithin: filters.dueWithin };
  const [form] = Form.useForm<FilterValues>();

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toValues(filters));
  }, [filters, form]);

  const list = useInfiniteQuery({
    queryKey: ['petitions', 'list', filters],
    queryFn: ({ pageParam }) => fetchPetitions(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  const apply = (f: ListFilters) => setParams(filtersToSearch(f));

  // The number stays at the left and the deadline at the right; the rest scroll between them at 1366 px.
  const columns: WideColumn<PetitionListItem>[] = [
    {
      key: 'number',
      title: t('list.number'),
      fixed: 'left',
      width: 150,
      render: (_, p) => <Link to={`/petitions/${p.id}`}>{p.number}</Link>,
    },
    {
      key: 'subject',
      title: t('list.subject'),
      width: 340,
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <span>{p.title}</span>
          {p.snippet && p.snippet.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <Snippet parts={p.snippet} />
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { key: 'channel', title: t('list.channel'), width: 90, render: (_, p) => t(`channels.${p.channel}`) },
    { key: 'type', title: t('list.type'), width: 90, render: (_, p) => t(`petitionTypes.${p.type}`) },
    { key: 'status', title: t('list.status'), width: 90, render: (_, p) => <StatusTag status={p.status} /> },
    {
      key: 'mainPetitioner',
      title: t('list.mainPetitioner'),
      width: 110,
      render: (_, p) => p.mainPetitioner?.name ?? (p.flags.anonymous ? t('list.anonymousName') : '—'),
    },
    { key: 'receivedAt', title: t('list.receivedAt'), width: 110, render: (_, p) => formatDate(p.receivedAt) },
    { key: 'org', title: t('list.org'), width: 150, render: (_, p) => p.org.name },
    { key: 'flags', title: t('list.flags'), width: 160, render: (_, p) => <FlagTags flags={p.flags} /> },
    { key: 'deadline', title: t('deadline.column'), fixed: 'right', width: 170, render: (_, p) => <DeadlineCell clock={p.deadline} /> },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader
        title={t('list.title')}
        actions={
          <>
            <SavedFilters current={filters} onApply={apply} />
            {me.permissions.includes('petition.export') && <Button href={exportUrl(filters)}>{t('list.export')}</Button>}
          </>
        }
      />
      <Card size="small">
        {stat && (
          <div style={{ marginBottom: 12 }}>
            <StatFilterTag filter={stat} onRemove={() => apply(withoutStat(filters))} />
          </div>
        )}
        <KeptFilterTags filters={filters} onChange={apply} />
        {/* A drill-down from the statistics stays while the other filters change; its tag removes it. */}
        <Form
          form={form}
          layout="inline"
          name="petitionFilters"
          onFinish={(v) => apply({ ...kept, ...toFilters(v) })}
          style={{ rowGap: 8 }}
        >
          <Form.Item name="q" label={t('list.q')}>
            <Input.Search
              placeholder={t('list.qPlaceholder')}
              allowClear
              style={{ width: 280 }}
              onSearch={() => form.submit()}
              enterButton={t('common.search')}
            />
          </Form.Item>
          <Form.Item name="status" label={t('list.status')}>
            <Select
              mode="multiple"
              allowClear
              maxTagCount={1}
              style={{ width: 170 }}
              options={PETITION_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name="channel" label={t('list.channel')}>
            <Select
              mode="multiple"
              allowClear
              maxTagCount={1}
              style={{ width: 170 }}
              options={CHANNELS.map((s) => ({ value: s, label: t(`channels.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name="type" label={t('list.type')}>
            <Select allowClear style={{ width: 170 }} options={PETITION_TYPES.map((s) => ({ value: s, label: t(`petitionTypes.${s}`) }))} />
          </Form.Item>
          <Form.Item name="categoryId" label={t('list.category')}>
            <CategoryCascader includeInactive style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="regionCode" label={t('list.region')}>
            <RegionPicker key={filters.regionCode ?? ''} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="orgId" label={t('list.org')}>
            <OrgTreeSelect activeOnly={false} allowClear style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="range" label={t('list.dateRange')}>
            <DatePicker.RangePicker />
          </Form.Item>
          <Form.Item name="deadline" label={t('deadline.column')}>
            <Select
              allowClear
              style={{ width: 130 }}
              options={DEADLINE_FILTERS.map((g) => ({ value: g, label: g === 'open' ? t('deadline.anyOpen') : t(`deadline.grades.${g}`) }))}
            />
          </Form.Item>
          <Form.Item name="flags" label={t('list.flags')}>
            <Checkbox.Group options={FLAG_FILTERS.map((k) => ({ value: k, label: t(`flags.${k}`) }))} />
          </Form.Item>
          <Form.Item name="sort" label={t('list.sort')}>
            <Select
              style={{ width: 200 }}
              options={[
                ...(['receivedAt', 'registeredAt'] as const).flatMap((s) =>
                  (['desc', 'asc'] as const).map((o) => ({
                    value: `${s}:${o}`,
                    label: `${t(s === 'receivedAt' ? 'list.sortReceived' : 'list.sortRegistered')}，${t(`list.${o}`)}`,
                  })),
                ),
                { value: 'dueAt:asc', label: t('list.sortDue') },
              ]}
            />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              {t('common.search')}
            </Button>
            <Button onClick={() => apply({})}>{t('common.reset')}</Button>
          </Space>
        </Form>
      </Card>
      <WideTable<PetitionListItem>
        settingsKey={`petitions:${me.id}`}
        rowKey="id"
        size="small"
        loading={list.isFetching && !list.isFetchingNextPage}
        columns={columns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('common.empty') }}
      />
      {list.error && <Tag color="red">{list.error.message}</Tag>}
      {list.hasNextPage ? (
        <Button block onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('common.loadMore')}
        </Button>
      ) : (
        rows.length > 0 && <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
      )}
    </Space>
  );
}
