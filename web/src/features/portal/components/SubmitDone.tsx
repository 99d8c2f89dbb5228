import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Alert, Button } from '../../../ui';
import type { SubmitResult } from '../api/types';
import { asTranslate, chinaDateTime, receiptHtml, receiptText } from '../model';
import { portalToken } from '../token';

/** Saves a text as a file through the browser (the receipt). */
function download(filename: string, content: string, type: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The answer to a submission: number and query code, shown this once (the server keeps only a hash of the
 * code), with copy and a receipt to save; leaving the page asks first.
 */
export function SubmitDone({ result }: { result: SubmitResult & { title: string } }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const trackUrl = `${window.location.origin}/portal/track`;

  useEffect(() => {
    heading.current?.focus();
    // Closing or reloading the tab loses the code for good: the browser asks first.
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = t('portal.done.leaveWarning');
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [t]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(receiptText(result, trackUrl, asTranslate(t)));
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('portal.done.heading')}
      </h1>
      <p>{t('portal.done.received', { body: result.body, at: chinaDateTime(result.receivedAt) })}</p>
      <Alert type="warning" showIcon title={t('portal.done.warning')} style={{ marginBottom: 16 }} />
      <section className="xf-portal-section" aria-label={t('portal.receipt.title')}>
        <dl className="xf-portal-kv">
          <dt>{t('portal.done.number')}</dt>
          <dd className="xf-portal-code" data-testid="portal-number">
            {result.number}
          </dd>
          <dt>{t('portal.done.queryCode')}</dt>
          <dd className="xf-portal-code" data-testid="portal-query-code">
            {result.queryCode}
          </dd>
        </dl>
        <div style={{ display: 'grid', gap: 8, marginTop: 12 }}>
          <Button size="large" type="primary" block onClick={() => void copy()}>
            {t('portal.done.copy')}
          </Button>
          <Button
            size="large"
            block
            onClick={() =>
              download(
                t('portal.receipt.fileName', { number: result.number }),
                receiptHtml(result, trackUrl, asTranslate(t), i18n.language),
                'text/html;charset=utf-8',
              )
            }
          >
            {t('portal.done.download')}
          </Button>
        </div>
        <div role="status" style={{ marginTop: 8 }}>
          {copyState === 'copied' ? t('portal.done.copied') : copyState === 'failed' ? t('portal.done.copyFailed') : ''}
        </div>
      </section>
      <p>{t('portal.done.next')}</p>
      <div style={{ display: 'grid', gap: 8 }}>
        <Button
          size="large"
          block
          onClick={() => {
            portalToken.set(result.token);
            void navigate('/portal/track/result');
          }}
        >
          {t('portal.done.track')}
        </Button>
        <Link to="/portal" style={{ textAlign: 'center', padding: 12 }}>
          {t('portal.done.home')}
        </Link>
      </div>
    </>
  );
}
