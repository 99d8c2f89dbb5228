import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Badge, BellOutlined, Button, Drawer, Empty, List, Typography, formatDateTime } from '../../../ui';
import { fetchMessages, markAllRead, markRead, MESSAGES_KEY, type StaffMessage } from '../api';

/** The bell in the header: unread count, and the list of in-app messages with links to the petitions. */
export function MessageBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  // New work and warnings arrive from the server's jobs: look again every minute, and when the list opens.
  const { data, isPending } = useQuery({ queryKey: MESSAGES_KEY, queryFn: fetchMessages, refetchInterval: 60_000 });
  const refresh = () => client.invalidateQueries({ queryKey: MESSAGES_KEY });
  const read = useMutation({ mutationFn: markRead, onSuccess: refresh });
  const readAll = useMutation({ mutationFn: markAllRead, onSuccess: refresh });
  const unread = data?.unread ?? 0;

  const openMessage = (m: StaffMessage) => {
    if (!m.readAt) read.mutate(m.id);
    if (m.link) {
      setOpen(false);
      void navigate(m.link);
    }
  };

  return (
    <>
      <Badge count={unread} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          icon={<BellOutlined style={{ color: '#fff', fontSize: 18 }} />}
          aria-label={t('messages.bell', { count: unread })}
          data-testid="message-bell"
          onClick={() => {
            setOpen(true);
            void refresh();
          }}
        />
      </Badge>
      <Drawer
        title={t('messages.title')}
        open={open}
        onClose={() => setOpen(false)}
        size="large"
        extra={
          <Button size="small" disabled={!unread} loading={readAll.isPending} onClick={() => readAll.mutate()}>
            {t('messages.markAllRead')}
          </Button>
        }
      >
        <List
          loading={isPending}
          dataSource={data?.items ?? []}
          locale={{ emptyText: <Empty description={t('messages.empty')} /> }}
          renderItem={(m) => (
            <List.Item
              key={m.id}
              data-testid={`message-${m.id}`}
              actions={[
                m.link ? (
                  <Button key="open" type="link" size="small" onClick={() => openMessage(m)}>
                    {t('messages.open')}
                  </Button>
                ) : null,
                !m.readAt ? (
                  <Button key="read" type="link" size="small" onClick={() => read.mutate(m.id)}>
                    {t('messages.markRead')}
                  </Button>
                ) : null,
              ].filter(Boolean)}
            >
              <List.Item.Meta
                title={
                  <Typography.Text strong={!m.readAt}>
                    {!m.readAt && <Badge status="processing" text={null} style={{ marginInlineEnd: 6 }} />}
                    {m.title}
                  </Typography.Text>
                }
                description={
                  <>
                    <Typography.Paragraph style={{ marginBottom: 4 }}>{m.body}</Typography.Paragraph>
                    <Typography.Text type="secondary">
                      {formatDateTime(m.createdAt)}
                      {m.readAt ? '' : ` · ${t('messages.unread')}`}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Drawer>
    </>
  );
}
