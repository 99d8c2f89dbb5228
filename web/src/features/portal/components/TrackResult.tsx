import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../api/client';
import { Link, useNavigate } from '../app/router';
import { documentUrl, fetchPublicPetition, lastSeen } from '../api/portal';
import type { PublicPetition } from '../api/types';
import { usePortalPage } from '../hooks/usePortalPage';
import { useT } from '../i18n';
import {
  chinaDateTime,
  chinaDay,
  deadlineLabel,
  holderOf,
  portalDue,
  reviewRouteSentence,
  statusSentence,
  timelineSentence,
} from '../model';
import { portalToken } from '../token';
import { Problem } from './Fields';
import { RatingBlock } from './RatingBlock';
import { ReviewBlock } from './ReviewBlock';

/** The result page: where the matter stands, deadlines, decisions, documents, rating, review, public timeline. */
export function TrackResult() {
  const { t, tr, language } = useT();
  const heading = usePortalPage(t('result.heading'));
  const navigate = useNavigate();
  const token = portalToken.get();
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  // Just looked up (or submitted): no second request on arrival; 刷新 asks again.
  const [petition, setPetition] = useState<PublicPetition | undefined>(() => (token ? lastSeen.get(token) : undefined));
  const [error, setError] = useState<Error | null>(null);
  const [isFetching, setFetching] = useState(false);

  const refetch = useCallback(async () => {
    if (!token) return;
    setFetching(true);
    try {
      setPetition(await fetchPublicPetition(token));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setFetching(false);
    }
  }, [token]);

  useEffect(() => {
    if (!token) navigate('/portal/track', { replace: true });
    else if (!lastSeen.has(token)) void refetch();
  }, [token, navigate, refetch]);

  const expired = error instanceof ApiError && error.code === 'portal_token_invalid';
  useEffect(() => {
    if (!expired) return;
    portalToken.clear();
    navigate('/portal/track', { replace: true, state: { expired: true } });
  }, [expired, navigate]);

  const update = (p: PublicPetition) => {
    if (token) lastSeen.set(token, p);
    setPetition(p);
  };
  const toReview = useCallback(() => {
    const el = document.getElementById('portal-review_reasons') ?? reviewHeading.current;
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  }, []);

  if (!token) return null;

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('result.heading')}
      </h1>
      {!petition && !error && <p role="status">{t('result.loading')}</p>}
      {error && !expired && <Problem>{error.message}</Problem>}
      {petition && (
        <>
          <section className="xf-portal-section" aria-labelledby="portal-summary">
            <h2 id="portal-summary">{petition.title}</h2>
            <p className="xf-portal-status" data-testid="portal-status">
              {statusSentence(petition, tr)}
            </p>
            <dl className="xf-portal-kv">
              <dt>{t('result.number')}</dt>
              <dd>{petition.number}</dd>
              <dt>{t('result.type')}</dt>
              <dd>{tr(`types.${petition.type}.label`)}</dd>
              <dt>{t('result.receivedAt')}</dt>
              <dd>{chinaDateTime(petition.receivedAt)}</dd>
              <dt>{t('result.holder')}</dt>
              <dd data-testid="portal-holder">{holderOf(petition)}</dd>
            </dl>
            <div className="xf-buttons">
              <button type="button" className="xf-button" onClick={() => void refetch()} aria-busy={isFetching}>
                {isFetching ? t('result.refreshing') : t('result.refresh')}
              </button>
              <Link to="/portal/track">{t('result.newSearch')}</Link>
            </div>
          </section>

          <section className="xf-portal-section" aria-labelledby="portal-deadlines">
            <h2 id="portal-deadlines">{t('result.deadlines')}</h2>
            {petition.deadlines.length ? (
              <ul className="xf-portal-list">
                {petition.deadlines.map((d) => (
                  <li key={d.key}>
                    {deadlineLabel(d, tr)}：{t('result.due', { date: portalDue(d.dueAt, language) })}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="xf-portal-muted">{t('result.noDeadlines')}</p>
            )}
          </section>

          <section className="xf-portal-section" aria-labelledby="portal-decisions">
            <h2 id="portal-decisions">{t('result.decisions')}</h2>
            {petition.decisions.length === 0 && <p className="xf-portal-muted">{t('result.noDecisions')}</p>}
            {petition.decisions.map((d, i) => (
              <article key={i} data-testid="portal-decision" style={{ marginBottom: 16 }}>
                <h3>{t('result.decisionOf', { body: d.body, document: tr(`documentNames.${d.stage}`) })}</h3>
                <dl className="xf-portal-kv">
                  <dt>{t('result.outcome')}</dt>
                  <dd>
                    <strong>{tr(`outcomes.${d.outcome}`)}</strong>
                  </dd>
                  <dt>{t('result.request')}</dt>
                  <dd>{d.request}</dd>
                  <dt>{t('result.facts')}</dt>
                  <dd>{d.facts}</dd>
                  <dt>{t('result.reasons')}</dt>
                  <dd>{d.reasons}</dd>
                  <dt>{t('result.basis')}</dt>
                  <dd>{d.basis}</dd>
                  <dt>{t('result.issuedAt')}</dt>
                  <dd>{chinaDay(d.issuedAt)}</dd>
                  {d.deliveredOn && (
                    <>
                      <dt>{t('result.deliveredOn')}</dt>
                      <dd>{chinaDay(d.deliveredOn)}</dd>
                    </>
                  )}
                </dl>
                {d.superseded ? (
                  <p data-testid="portal-superseded">{t('result.superseded')}</p>
                ) : (
                  <p data-testid="portal-review-route">
                    <strong>{reviewRouteSentence(d, tr)}</strong>
                  </p>
                )}
              </article>
            ))}
          </section>

          {petition.documents.length > 0 && (
            <section className="xf-portal-section" aria-labelledby="portal-documents">
              <h2 id="portal-documents">{t('result.documents')}</h2>
              <ul className="xf-portal-list">
                {petition.documents.map((doc) => (
                  <li key={doc.id} data-testid="portal-document">
                    <div>
                      {doc.title} {doc.number} · {chinaDay(doc.createdAt)}
                    </div>
                    <a href={documentUrl(doc.id, 'pdf', token)} download>
                      {t('result.downloadPdf', { title: doc.title })}
                    </a>
                    {' · '}
                    <a href={documentUrl(doc.id, 'docx', token)} download>
                      {t('result.downloadDocx', { title: doc.title })}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <RatingBlock petition={petition} token={token} onChange={update} onReview={toReview} />
          <ReviewBlock petition={petition} token={token} onChange={update} headingRef={reviewHeading} />

          <section className="xf-portal-section" aria-labelledby="portal-timeline">
            <h2 id="portal-timeline">{t('result.timeline')}</h2>
            <ol className="xf-portal-timeline" data-testid="portal-timeline">
              {petition.timeline.map((e, i) => (
                <li key={i}>
                  <time dateTime={e.at}>{chinaDateTime(e.at)}</time>
                  {timelineSentence(e, tr)}
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </>
  );
}
