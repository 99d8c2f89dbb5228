import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Badge, Button, Drawer, Empty, List, Typography, formatDateTime } from '../../../ui';
import { fetchMessages, markAllRead, markRead, MESSAGES_KEY, type StaffMessage } from '../api';

/** The list of in-app messages the bell opens, with links to their petitions or pages (loaded when first opened). */
export function MessageDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { data, isPending } = useQuery({ queryKey: MESSAGES_KEY, queryFn: fetchMessages });
  const refresh = () => client.invalidateQueries({ queryKey: MESSAGES_KEY });
  const read = useMutation({ mutationFn: markRead, onSuccess: refresh });
  const readAll = useMutation({ mutationFn: markAllRead, onSuccess: refresh });
  const unread = data?.unread ?? 0;

  const openMessage = (m: StaffMessage) => {
    if (!m.readAt) read.mutate(m.id);
    if (m.link) {
      onClose();
      void navigate(m.link);
    }
  };

  return (
    <Drawer
      title={t('messages.title')}
      open={open}
      onClose={onClose}
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
                  {m.petition ? t('messages.open') : t('messages.openPage')}
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
  );
}
