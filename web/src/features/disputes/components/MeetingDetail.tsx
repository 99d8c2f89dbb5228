import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dynamicKey } from '../../../i18n/keys';
import { Alert, Card, Descriptions, PageHeader, Skeleton, Typography, formatDate } from '../../../ui';
import { fetchMeeting, type Meeting } from '../api/meetings';
import { DisputesNav } from './DisputesNav';
import { MEETINGS_KEY, TaskList } from './MeetingTasks';

function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{title}</h2>} data-testid={testId}>
      {children}
    </Card>
  );
}

/** One meeting as recorded: who held it, who came, the disputes and petitions discussed, the findings, the decisions. */
export function MeetingDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const key = [...MEETINGS_KEY, 'detail', id];
  const query = useQuery({ queryKey: key, queryFn: () => fetchMeeting(id) });

  if (query.isPending) return <Skeleton active />;
  if (query.isError)
    return (
      <>
        <PageHeader title={t('disputes.meetings.loadFailed')} />
        <Alert type="error" showIcon title={query.error.message} />
      </>
    );
  const m = query.data;
  const kind = t(dynamicKey(`disputes.meetings.kinds.${m.kind}`));
  const done = (meeting: Meeting) => client.setQueryData(key, meeting);
  const none = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;

  return (
    <>
      <PageHeader title={t('disputes.meetings.detail.title', { date: formatDate(m.heldOn), kind })} />
      <DisputesNav />
      <div style={{ display: 'flex', flexDirection: 'column', gap: 12, maxWidth: 960 }}>
        <Section title={kind} testId="meeting-basics">
          <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
            <Descriptions.Item label={t('disputes.meetings.detail.org')}>{m.org.name}</Descriptions.Item>
            <Descriptions.Item label={t('disputes.meetings.detail.heldOn')}>{formatDate(m.heldOn)}</Descriptions.Item>
            <Descriptions.Item label={t('disputes.meetings.detail.chair')}>{m.chair}</Descriptions.Item>
            <Descriptions.Item label={t('disputes.meetings.detail.present')}>
              {m.present.length ? m.present.map((o) => o.name).join('、') : none(t('disputes.meetings.detail.nonePresent'))}
            </Descriptions.Item>
          </Descriptions>
        </Section>
        <Section title={t('disputes.meetings.detail.disputes')} testId="meeting-disputes">
          {m.disputes.length ? (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {m.disputes.map((d) => (
                <li key={d.id}>
                  <Link to={`/disputes/${d.id}`}>{`${d.number} ${d.title}`}</Link>
                </li>
              ))}
            </ul>
          ) : (
            none(t('disputes.meetings.detail.noDisputes'))
          )}
        </Section>
        <Section title={t('disputes.meetings.detail.petitions')} testId="meeting-petitions">
          {m.petitions.length ? (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {m.petitions.map((p) => (
                <li key={p.id}>
                  <Link to={`/petitions/${p.id}`}>{`${p.number} ${p.title}`}</Link>
                </li>
              ))}
            </ul>
          ) : (
            none(t('disputes.meetings.detail.noPetitions'))
          )}
        </Section>
        <Section title={t('disputes.meetings.detail.notes')} testId="meeting-notes">
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{m.notes}</Typography.Paragraph>
        </Section>
        <Section title={t('disputes.meetings.detail.tasks')} testId="meeting-tasks">
          <TaskList tasks={m.tasks} onDone={done} />
        </Section>
      </div>
    </>
  );
}
