import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dynamicKey } from '../../../i18n/keys';
import { Alert, Card, Empty, Skeleton, Space, Typography, formatDate } from '../../../ui';
import { fetchMeetings, fetchMyTasks, type MeetingListItem } from '../api/meetings';
import { MEETINGS_KEY, TaskList } from './MeetingTasks';

/** 分析会议: the banner when this month's analysis meeting is due, the decisions the body carries out, the meetings. */
export function MeetingList() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: [...MEETINGS_KEY, 'list'], queryFn: fetchMeetings });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 960 }}>
      {query.data?.monthlyDue && (
        <Alert
          type="warning"
          showIcon
          data-testid="monthly-due"
          title={t('disputes.meetings.monthlyDue')}
          description={t('disputes.meetings.monthlyDueHint')}
        />
      )}
      <MyTasks />
      {query.isError && <Alert type="error" showIcon title={query.error.message} />}
      {query.isPending ? (
        <Skeleton active />
      ) : !query.data?.items.length ? (
        <Empty description={t('disputes.meetings.empty')} />
      ) : (
        <ul
          style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 12 }}
          data-testid="meeting-list"
        >
          {query.data.items.map((m) => (
            <MeetingRow key={m.id} m={m} />
          ))}
        </ul>
      )}
    </Space>
  );
}

function MeetingRow({ m }: { m: MeetingListItem }) {
  const { t } = useTranslation();
  const kind = t(dynamicKey(`disputes.meetings.kinds.${m.kind}`));
  return (
    <li data-testid="meeting-row">
      <Card
        size="small"
        title={
          <h2 style={{ fontSize: 16, margin: 0 }}>
            <Link to={`/disputes/meetings/${m.id}`}>{t('disputes.meetings.detail.title', { date: formatDate(m.heldOn), kind })}</Link>
          </h2>
        }
      >
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('disputes.meetings.heldBy', { org: m.org.name, chair: m.chair })}
        </Typography.Paragraph>
        <TaskList tasks={m.tasks} />
      </Card>
    </li>
  );
}

/** 本单位承办的议定事项: the open decisions given to the reader's body, each with 报告办结. */
function MyTasks() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: [...MEETINGS_KEY, 'tasks'], queryFn: fetchMyTasks });
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('disputes.meetings.myTasks')}</h2>} data-testid="my-tasks">
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : query.isError ? (
        <Alert type="error" showIcon title={query.error.message} />
      ) : query.data.length === 0 ? (
        <Typography.Text type="secondary">{t('disputes.meetings.noMyTasks')}</Typography.Text>
      ) : (
        <TaskList tasks={query.data} linkMeeting />
      )}
    </Card>
  );
}
