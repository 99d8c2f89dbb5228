import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from '../app/router';
import { documentUrl, fetchPublicPetition } from '../api/portal';
import type { SubmitResult } from '../api/types';
import { useT } from '../i18n';
import { chinaDateTime, receiptText } from '../model';
import { portalToken } from '../token';

type Receipt = { state: 'loading' } | { state: 'ready'; href: string } | { state: 'failed' };

/**
 * The answer to a submission: number and query code, shown this once (the server keeps only a hash of the
 * code), with copy and the 受理凭证 the bureau issued at registration, as its PDF; leaving the page asks first.
 */
export function SubmitDone({ result }: { result: SubmitResult & { title: string } }) {
  const { t, tr } = useT();
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [receipt, setReceipt] = useState<Receipt>({ state: 'loading' });
  const trackUrl = `${window.location.origin}/portal/track`;

  useEffect(() => {
    heading.current?.focus();
    // Closing or reloading the tab loses the code for good: the browser asks first.
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = t('done.leaveWarning');
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [t]);

  // The receipt is among the documents the petitioner may download with the token of this submission.
  useEffect(() => {
    let live = true;
    fetchPublicPetition(result.token).then(
      (p) => {
        const doc = p.documents.find((d) => d.kind === 'receipt');
        if (live) setReceipt(doc ? { state: 'ready', href: documentUrl(doc.id, 'pdf', result.token) } : { state: 'failed' });
      },
      () => live && setReceipt({ state: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [result.token]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(receiptText(result, trackUrl, tr));
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('done.heading')}
      </h1>
      <p>{t('done.received', { body: result.body, at: chinaDateTime(result.receivedAt) })}</p>
      <p className="xf-warning">{t('done.warning')}</p>
      <section className="xf-portal-section" aria-label={t('receipt.title')}>
        <dl className="xf-portal-kv">
          <dt>{t('done.number')}</dt>
          <dd className="xf-portal-code" data-testid="portal-number">
            {result.number}
          </dd>
          <dt>{t('done.queryCode')}</dt>
          <dd className="xf-portal-code" data-testid="portal-query-code">
            {result.queryCode}
          </dd>
        </dl>
        <div className="xf-buttons">
          <button type="button" className="xf-button xf-primary" onClick={() => void copy()}>
            {t('done.copy')}
          </button>
          {receipt.state === 'ready' ? (
            <a className="xf-button" href={receipt.href} download>
              {t('done.download')}
            </a>
          ) : (
            <p role="status" className="xf-hint">
              {receipt.state === 'loading' ? t('done.receiptPreparing') : t('done.receiptFailed')}
            </p>
          )}
        </div>
        <div role="status">{copyState === 'copied' ? t('done.copied') : copyState === 'failed' ? t('done.copyFailed') : ''}</div>
      </section>
      <p>{t('done.next')}</p>
      <div className="xf-buttons">
        <button
          type="button"
          className="xf-button"
          onClick={() => {
            portalToken.set(result.token);
            navigate('/portal/track/result');
          }}
        >
          {t('done.track')}
        </button>
        <Link to="/portal" className="xf-button">
          {t('done.home')}
        </Link>
      </div>
    </>
  );
}
