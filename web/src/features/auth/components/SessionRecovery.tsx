import { lazy, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setRecoveryHandlers } from '../../../api/client';
import type { Me } from '../../../api/types';
import { Antd, Dialog } from '../../../ui/plain';

const SessionDialogs = lazy(() => import('./SessionDialogs').then((m) => ({ default: m.SessionDialogs })));

export type Prompt = ReturnType<typeof usePrompt>;

/** One open question to the user, answered once for every request waiting on it. */
function usePrompt() {
  const [open, setOpen] = useState(false);
  const waiting = useRef<{ promise: Promise<boolean>; resolve: (v: boolean) => void } | null>(null);
  const ask = () => {
    if (!waiting.current) {
      let resolve: (v: boolean) => void = () => undefined;
      const promise = new Promise<boolean>((r) => (resolve = r));
      waiting.current = { promise, resolve };
      setOpen(true);
    }
    return waiting.current.promise;
  };
  const answer = (v: boolean) => {
    waiting.current?.resolve(v);
    waiting.current = null;
    setOpen(false);
  };
  return { open, ask, answer };
}

/**
 * Keeps the work on the page when the session ends or the network drops: requests that hit either wait on a question
 * to the user. The log-in in place (SessionDialogs, drawn with antd) is loaded the first time it is asked; the retry
 * is drawn here, as a network that is down cannot bring more of the app.
 */
export function SessionRecovery({ me }: { me: Me }) {
  const { t } = useTranslation();
  const session = usePrompt();
  const network = usePrompt();
  // Once loaded the log-in stays: the message after another user's sign-in outlives the dialog.
  const [loaded, setLoaded] = useState(false);
  if (session.open && !loaded) setLoaded(true);

  useEffect(() => {
    setRecoveryHandlers({ sessionExpired: session.ask, networkFailure: network.ask });
    return () => setRecoveryHandlers(null);
    // The prompts' ask functions only read refs: registering them once is enough.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <>
      {loaded && (
        <Antd>
          <SessionDialogs me={me} session={session} />
        </Antd>
      )}
      <Dialog
        open={network.open}
        title={t('session.networkTitle')}
        onCancel={() => network.answer(false)}
        footer={
          <>
            <button type="button" className="xf-btn" onClick={() => network.answer(false)}>
              {t('common.cancel')}
            </button>
            <button type="button" className="xf-btn xf-btn-primary" onClick={() => network.answer(true)}>
              {t('session.retry')}
            </button>
          </>
        }
      >
        <p className="xf-error" role="alert">
          {t('session.networkError')}
        </p>
      </Dialog>
    </>
  );
}
