import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Antd } from '../../../ui/plain';
import { fetchMessages, MESSAGES_KEY } from '../api';

const MessageDrawer = lazy(() => import('./MessageDrawer').then((m) => ({ default: m.MessageDrawer })));

/** The bell in the header: the unread count; the list (drawn with antd) is loaded when first opened. */
export function MessageBell() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  // New work and warnings arrive from the server's jobs: look again every minute, and when the list opens.
  const { data } = useQuery({ queryKey: MESSAGES_KEY, queryFn: fetchMessages, refetchInterval: 60_000 });
  const unread = data?.unread ?? 0;

  return (
    <>
      <button
        type="button"
        className="xf-bell"
        aria-label={t('messages.bell', { count: unread })}
        data-testid="message-bell"
        onClick={() => {
          setOpen(true);
          setOpened(true);
          void client.invalidateQueries({ queryKey: MESSAGES_KEY });
        }}
      >
        <svg viewBox="0 0 24 24" width="18" height="18" fill="currentColor" aria-hidden="true">
          <path d="M12 2a1.5 1.5 0 0 0-1.5 1.5v.7A6.5 6.5 0 0 0 5.5 10.5V16L3.5 18v1h17v-1l-2-2v-5.5a6.5 6.5 0 0 0-5-6.3v-.7A1.5 1.5 0 0 0 12 2Zm-2 18a2 2 0 0 0 4 0h-4Z" />
        </svg>
        {unread > 0 && (
          <span className="xf-bell-count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {opened && (
        <Antd>
          <MessageDrawer open={open} onClose={() => setOpen(false)} />
        </Antd>
      )}
    </>
  );
}
