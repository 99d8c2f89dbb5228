import { INBOX_SECTIONS, type InboxSection } from '@xinfang/domain';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Alert, Button, Card, Space, Table, Tabs, Typography, formatDate, type TableColumnsType, PageHeader } from '../../../ui';
import { DeadlineCell } from '../../petitions/components/DeadlineCell';
import { StatusTag } from '../../petitions/components/labels';
import { ShiftMatters } from '../../reception/components/ShiftDuty';
import type { Inbox as InboxData, InboxItem } from '../api/types';
import { useInbox, useInboxSection } from '../hooks/useWorkflow';

const isSection = (s: string | null): s is InboxSection => !!s && (INBOX_SECTIONS as readonly string[]).includes(s);

/** One section, most urgent first: its first page from the inbox, the rest page by page. */
function SectionTable({ section, inbox }: { section: InboxSection; inbox: InboxData }) {
  const { t } = useTranslation();
  const pages = useInboxSection(section, inbox);
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
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
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Table<InboxItem>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: t('inbox.empty') }}
        scroll={{ x: 1240 }}
        data-testid={`inbox-table-${section}`}
      />
      {pages.error && <Alert type="error" showIcon title={pages.error.message} />}
      {pages.hasNextPage && (
        <Button block onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
          {t('inbox.more', { shown: items.length, count: inbox.totals[section] })}
        </Button>
      )}
    </Space>
  );
}

/** 待办事项: what waits for me, one tab per kind of step with its true count, most urgent first; the tab is kept in the URL. */
export function Inbox() {
  const { t } = useTranslation();
  const { data, isPending, error } = useInbox();
  const [params, setParams] = useSearchParams();
  const count = (s: InboxSection) => data?.totals[s] ?? 0;
  const asked = params.get('tab');
  const active: InboxSection = isSection(asked) ? asked : (INBOX_SECTIONS.find((s) => count(s) > 0) ?? 'route');
  const total = INBOX_SECTIONS.reduce((sum, s) => sum + count(s), 0);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader
        title={t('inbox.title')}
        extra={data && <Typography.Text type="secondary">{t('inbox.total', { count: total })}</Typography.Text>}
      />
      {error && <Alert type="error" showIcon title={error.message} />}
      <ShiftMatters />
      <Card size="small" loading={isPending}>
        <Tabs
          activeKey={active}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={INBOX_SECTIONS.map((s) => ({
            key: s,
            label: (
              <span data-testid={`inbox-tab-${s}`}>
                {t(`inbox.sections.${s}`)}
                <Typography.Text strong={count(s) > 0}>{t('inbox.count', { count: count(s) })}</Typography.Text>
              </span>
            ),
            children: data && <SectionTable section={s} inbox={data} />,
          }))}
        />
      </Card>
    </Space>
  );
}
