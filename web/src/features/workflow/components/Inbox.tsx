import { INBOX_SECTIONS, type InboxSection } from '@xinfang/domain';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Alert, Card, Space, Table, Tabs, Typography, formatDate, type TableColumnsType, PageHeader } from '../../../ui';
import { DeadlineCell } from '../../petitions/components/Deadline';
import { StatusTag } from '../../petitions/components/labels';
import { INBOX_SECTION_LIMIT, type InboxItem } from '../api/types';
import { useInbox } from '../hooks/useWorkflow';

const isSection = (s: string | null): s is InboxSection => !!s && (INBOX_SECTIONS as readonly string[]).includes(s);

function SectionTable({ items, loading }: { items: InboxItem[]; loading: boolean }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<InboxItem> = [
    { title: t('list.number'), width: 150, render: (_, p) => <Link to={`/petitions/${p.id}`}>{p.number}</Link> },
    { title: t('list.subject'), width: 300, render: (_, p) => p.title },
    {
      title: t('inbox.task'),
      width: 260,
      render: (_, p) => (p.task ? <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{p.task}</Typography.Text> : '—'),
    },
    { title: t('list.status'), width: 90, render: (_, p) => <StatusTag status={p.status} /> },
    { title: t('deadline.column'), width: 170, render: (_, p) => <DeadlineCell clock={p.deadline} /> },
    { title: t('list.receivedAt'), width: 110, render: (_, p) => formatDate(p.receivedAt) },
    { title: t('list.org'), width: 160, render: (_, p) => p.org.name },
  ];
  return (
    <Table<InboxItem>
      rowKey="id"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={items}
      pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: t('inbox.empty') }}
      scroll={{ x: 1240 }}
    />
  );
}

/** 待办事项: what waits for me, one tab per kind of step, each with its count; the tab is kept in the URL. */
export function Inbox() {
  const { t } = useTranslation();
  const { data, isPending, error } = useInbox();
  const [params, setParams] = useSearchParams();
  const sections = data?.sections;
  const count = (s: InboxSection) => sections?.[s]?.length ?? 0;
  const asked = params.get('tab');
  const active: InboxSection = isSection(asked) ? asked : (INBOX_SECTIONS.find((s) => count(s) > 0) ?? 'route');
  const total = INBOX_SECTIONS.reduce((sum, s) => sum + count(s), 0);
  // A full section may hold more than the server sends: say so rather than show a count that looks exact.
  const capped = (s: InboxSection) => count(s) >= INBOX_SECTION_LIMIT;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader
        title={t('inbox.title')}
        extra={data && <Typography.Text type="secondary">{t('inbox.total', { count: total })}</Typography.Text>}
      />
      {error && <Alert type="error" showIcon title={error.message} />}
      <Card size="small">
        <Tabs
          activeKey={active}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={INBOX_SECTIONS.map((s) => ({
            key: s,
            label: (
              <span data-testid={`inbox-tab-${s}`}>
                {t(`inbox.sections.${s}`)}
                <Typography.Text strong={count(s) > 0}>
                  {capped(s) ? t('inbox.countCapped', { count: count(s) }) : t('inbox.count', { count: count(s) })}
                </Typography.Text>
              </span>
            ),
            children: (
              <>
                {capped(s) && (
                  <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('inbox.capped', { count: INBOX_SECTION_LIMIT })} />
                )}
                <SectionTable items={sections?.[s] ?? []} loading={isPending} />
              </>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}
