import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../api/types';
import {
  Alert,
  AntApp,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  formatDateTime,
  useServerErrors,
  chinaDayBound,
  PageHeader,
  WideTable,
  type WideColumn,
} from '../../../ui';
import { useCurrentUser } from '../../auth/hooks/useMe';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { fetchUsers } from '../../users/api/users';
import { fetchAuditActions, fetchAuditEvents, verifyAudit, type AuditFilters, type VerifyResult } from '../api/audit';
import { actionLabel, changedFields } from '../labels';
import { dynamicKey } from '../../../i18n/keys';

interface FilterValues {
  actorId?: number;
  orgId?: number;
  action?: string;
  objectType?: string;
  objectId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const show = (v: unknown) => (v === undefined || v === null ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

function Changes({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const rows = changedFields(event.before, event.after);
  if (!rows.length) return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="field"
      dataSource={rows}
      columns={[
        { title: t('audit.field'), dataIndex: 'field', width: 180 },
        { title: t('audit.before'), render: (_, r) => show(r.before) },
        { title: t('audit.after'), render: (_, r) => show(r.after) },
      ]}
    />
  );
}

/** 审计日志: filters, keyset-paged events with their changes, and the hash-chain check. */
export function AuditLog() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const { message } = AntApp.useApp();
  const onError = useServerErrors();
  const [form] = Form.useForm<FilterValues>();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [verify, setVerify] = useState<VerifyResult | null>(null);
  const [verifying, setVerifying] = useState(false);

  const actions = useQuery({ queryKey: ['audit', 'actions'], queryFn: fetchAuditActions });
  const users = useQuery({
    queryKey: ['users', 'all-for-audit'],
    queryFn: () => fetchUsers({ status: 'all', pageSize: 200 }),
    enabled: me.permissions.includes('user.read'),
  });
  const events = useInfiniteQuery({
    queryKey: ['audit', 'events', filters],
    queryFn: ({ pageParam }) => fetchAuditEvents({ ...filters, before: pageParam, limit: 50 }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
  const rows = events.data?.pages.flatMap((p) => p.items) ?? [];

  const search = (v: FilterValues) => {
    const [from, to] = v.range ?? [];
    setFilters({
      actorId: v.actorId,
      orgId: v.orgId,
      action: v.action,
      objectType: v.objectType?.trim() || undefined,
      objectId: v.objectId?.trim() || undefined,
      from: from ? chinaDayBound(from, 'start') : undefined,
      to: to ? chinaDayBound(to, 'end') : undefined,
    });
  };

  const runVerify = async () => {
    setVerifying(true);
    try {
      const result = await verifyAudit();
      setVerify(result);
      if (result.ok) void message.success(t('audit.verifyOk', { count: result.count }));
    } catch (e) {
      onError(e);
    } finally {
      setVerifying(false);
    }
  };

  const columns: WideColumn<AuditEvent>[] = [
    { key: 'seq', title: t('audit.seq'), dataIndex: 'seq', fixed: 'left', width: 80 },
    { key: 'at', title: t('audit.at'), render: (_, e) => formatDateTime(e.at), width: 180 },
    {
      key: 'actor',
      title: t('audit.actor'),
      width: 200,
      render: (_, e) => (
        <span>
          {e.actorUsername ?? '—'}
          {e.actorOrgName && <Typography.Text type="secondary">（{e.actorOrgName}）</Typography.Text>}
        </span>
      ),
    },
    { key: 'action', title: t('audit.action'), width: 180, render: (_, e) => <Tag>{actionLabel(e.action, i18n.language)}</Tag> },
    {
      key: 'object',
      title: t('audit.object'),
      width: 260,
      render: (_, e) => {
        return `${e.objectType}${e.objectId ? ` #${e.objectId}` : ''}${e.objectLabel ? ` ${e.objectLabel}` : ''}`;
      },
    },
    { key: 'org', title: t('audit.org'), dataIndex: 'orgName', width: 180 },
    { key: 'ip', title: t('audit.ip'), dataIndex: 'ip', width: 140 },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader
        title={t('audit.title')}
        actions={
          me.permissions.includes('audit.verify') && (
            <Button onClick={() => void runVerify()} loading={verifying}>
              {t('audit.verify')}
            </Button>
          )
        }
      />
      {verify && (
        <Alert
          role="status"
          showIcon
          closable={{ onClose: () => setVerify(null) }}
          type={verify.ok ? 'success' : 'error'}
          title={
            verify.firstBroken
              ? t('audit.verifyBroken', { seq: verify.firstBroken.seq, reason: verify.firstBroken.reason })
              : verify.ok
                ? t('audit.verifyOk', { count: verify.count })
                : t('audit.anchorBroken')
          }
          description={<AnchorSummary anchor={verify.anchor} />}
        />
      )}
      <Card>
        <Form form={form} layout="inline" name="auditFilters" onFinish={search} style={{ rowGap: 12 }}>
          <Form.Item name="actorId" label={t('audit.actor')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 180 }}
              options={(users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))}
            />
          </Form.Item>
          <Form.Item name="orgId" label={t('audit.org')}>
            <OrgTreeSelect activeOnly={false} allowClear style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="action" label={t('audit.action')}>
            <Select
              allowClear
              style={{ width: 160 }}
              options={(actions.data ?? []).map((a) => ({ value: a, label: actionLabel(a, i18n.language) }))}
            />
          </Form.Item>
          <Form.Item name="objectType" label={t('audit.objectType')}>
            <Input style={{ width: 110 }} />
          </Form.Item>
          <Form.Item name="objectId" label={t('audit.objectId')}>
            <Input style={{ width: 90 }} />
          </Form.Item>
          <Form.Item name="range" label={t('audit.dateRange')}>
            <DatePicker.RangePicker />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              {t('common.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                setFilters({});
              }}
            >
              {t('common.reset')}
            </Button>
          </Space>
        </Form>
      </Card>
      <WideTable<AuditEvent>
        settingsKey={`audit:${me.id}`}
        rowKey="seq"
        loading={events.isFetching && !events.isFetchingNextPage}
        columns={columns}
        dataSource={rows}
        pagination={false}
        expandable={{ expandedRowRender: (e) => <Changes event={e} /> }}
      />
      {events.hasNextPage ? (
        <Button block onClick={() => void events.fetchNextPage()} loading={events.isFetchingNextPage}>
          {t('common.loadMore')}
        </Button>
      ) : (
        rows.length > 0 && <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
      )}
    </Space>
  );
}

/** What the signed checkpoints say: each problem found, or how far the latest one covers the trail. */
function AnchorSummary({ anchor }: { anchor: VerifyResult['anchor'] }) {
  const { t } = useTranslation();
  const at = (iso: string | null) => (iso ? formatDateTime(iso) : '');
  return (
    <Space orientation="vertical" size={0}>
      {anchor.problems.map((p, i) => (
        <Typography.Text key={i} type="danger">
          {t(dynamicKey(`audit.anchorProblems.${p.reason}`), { seq: p.seq, line: p.line, at: at(p.at) })}
        </Typography.Text>
      ))}
      {anchor.latest ? (
        <Typography.Text>
          {t('audit.anchorLatest', {
            checked: anchor.checked,
            at: at(anchor.latest.at),
            seq: anchor.latest.seq,
            uncovered: anchor.uncovered,
          })}
        </Typography.Text>
      ) : (
        !anchor.problems.length && <Typography.Text>{t('audit.anchorNone')}</Typography.Text>
      )}
    </Space>
  );
}
