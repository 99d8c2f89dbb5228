import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { ApiError } from '../../../api/client';
import { Alert, Button, Spin } from '../../../ui';
import { documentUrl, fetchPublicPetition, PUBLIC_PETITION_KEY } from '../api/portal';
import type { PublicPetition } from '../api/types';
import { usePortalPage } from '../hooks/usePortalPage';
import {
  asTranslate,
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
import { RatingBlock } from './RatingBlock';
import { ReviewBlock } from './ReviewBlock';

/** The result page: where the matter stands, deadlines, decisions, documents, rating, review, public timeline. */
export function TrackResult() {
  const { t, i18n } = useTranslation();
  const heading = usePortalPage(t('portal.result.heading'));
  const navigate = useNavigate();
  const client = useQueryClient();
  const token = portalToken.get();
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  const key = [...PUBLIC_PETITION_KEY, token ?? ''];
  const {
    data: petition,
    error,
    isFetching,
    refetch,
  } = useQuery({
    queryKey: key,
    queryFn: () => fetchPublicPetition(token!),
    enabled: !!token,
    // Just looked up (or submitted): no second request on arrival; 刷新 asks again.
    staleTime: 30_000,
  });
  const expired = error instanceof ApiError && error.code === 'portal_token_invalid';

  useEffect(() => {
    if (!expired) return;
    portalToken.clear();
    void navigate('/portal/track', { replace: true, state: { expired: true } });
  }, [expired, navigate]);

  const update = (p: PublicPetition) => client.setQueryData(key, p);
  const toReview = useCallback(() => {
    const el = document.getElementById('portal-review_reasons') ?? reviewHeading.current;
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  }, []);

  if (!token) return <Navigate to="/portal/track" replace />;

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('portal.result.heading')}
      </h1>
      {!petition && !error && (
        <div role="status">
          <Spin /> {t('portal.result.loading')}
        </div>
      )}
      {error && !expired && <Alert type="error" showIcon role="alert" title={error.message} />}
      {petition && (
        <>
          <section className="xf-portal-section" aria-labelledby="portal-summary">
            <h2 id="portal-summary">{petition.title}</h2>
            <p className="xf-portal-status" data-testid="portal-status">
              {statusSentence(petition, asTranslate(t))}
            </p>
            <dl className="xf-portal-kv">
              <dt>{t('portal.result.number')}</dt>
              <dd>{petition.number}</dd>
              <dt>{t('portal.result.type')}</dt>
              <dd>{t(`portal.types.${petition.type}.label`)}</dd>
              <dt>{t('portal.result.receivedAt')}</dt>
              <dd>{chinaDateTime(petition.receivedAt)}</dd>
              <dt>{t('portal.result.holder')}</dt>
              <dd data-testid="portal-holder">{holderOf(petition)}</dd>
            </dl>
            <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
              <Button size="large" onClick={() => void refetch()} aria-busy={isFetching}>
                {isFetching ? t('portal.result.refreshing') : t('portal.result.refresh')}
              </Button>
              <Link to="/portal/track" style={{ display: 'inline-flex', alignItems: 'center', minHeight: 44 }}>
                {t('portal.result.newSearch')}
              </Link>
            </div>
          </section>

          <section className="xf-portal-section" aria-labelledby="portal-deadlines">
            <h2 id="portal-deadlines">{t('portal.result.deadlines')}</h2>
            {petition.deadlines.length ? (
              <ul className="xf-portal-list">
                {petition.deadlines.map((d) => (
                  <li key={d.key}>
                    {deadlineLabel(d, asTranslate(t))}：{t('portal.result.due', { date: portalDue(d.dueAt, i18n.language) })}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="xf-portal-muted">{t('portal.result.noDeadlines')}</p>
            )}
          </section>

          <section className="xf-portal-section" aria-labelledby="portal-decisions">
            <h2 id="portal-decisions">{t('portal.result.decisions')}</h2>
            {petition.decisions.length === 0 && <p className="xf-portal-muted">{t('portal.result.noDecisions')}</p>}
            {petition.decisions.map((d, i) => (
              <article key={i} data-testid="portal-decision" style={{ marginBottom: 16 }}>
                <h3>{t('portal.result.decisionOf', { body: d.body, document: t(`portal.documentNames.${d.stage}`) })}</h3>
                <dl className="xf-portal-kv">
                  <dt>{t('portal.result.outcome')}</dt>
                  <dd>
                    <strong>{t(`portal.outcomes.${d.outcome}`)}</strong>
                  </dd>
                  <dt>{t('portal.result.request')}</dt>
                  <dd>{d.request}</dd>
                  <dt>{t('portal.result.facts')}</dt>
                  <dd>{d.facts}</dd>
                  <dt>{t('portal.result.reasons')}</dt>
                  <dd>{d.reasons}</dd>
                  <dt>{t('portal.result.basis')}</dt>
                  <dd>{d.basis}</dd>
                  <dt>{t('portal.result.issuedAt')}</dt>
                  <dd>{chinaDay(d.issuedAt)}</dd>
                  {d.deliveredOn && (
                    <>
                      <dt>{t('portal.result.deliveredOn')}</dt>
                      <dd>{chinaDay(d.deliveredOn)}</dd>
                    </>
                  )}
                </dl>
                {d.superseded ? (
                  <p data-testid="portal-superseded">{t('portal.result.superseded')}</p>
                ) : (
                  <p data-testid="portal-review-route">
                    <strong>{reviewRouteSentence(d, asTranslate(t))}</strong>
                  </p>
                )}
              </article>
            ))}
          </section>

          {petition.documents.length > 0 && (
            <section className="xf-portal-section" aria-labelledby="portal-documents">
              <h2 id="portal-documents">{t('portal.result.documents')}</h2>
              <ul className="xf-portal-list">
                {petition.documents.map((doc) => (
                  <li key={doc.id} data-testid="portal-document">
                    <div>
                      {doc.title} {doc.number} · {chinaDay(doc.createdAt)}
                    </div>
                    <a href={documentUrl(doc.id, 'pdf', token)} download>
                      {t('portal.result.downloadPdf', { title: doc.title })}
                    </a>
                    {' · '}
                    <a href={documentUrl(doc.id, 'docx', token)} download>
                      {t('portal.result.downloadDocx', { title: doc.title })}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <RatingBlock petition={petition} token={token} onChange={update} onReview={toReview} />
          <ReviewBlock petition={petition} token={token} onChange={update} headingRef={reviewHeading} />

          <section className="xf-portal-section" aria-labelledby="portal-timeline">
            <h2 id="portal-timeline">{t('portal.result.timeline')}</h2>
            <ol className="xf-portal-timeline" data-testid="portal-timeline">
              {petition.timeline.map((e, i) => (
                <li key={i}>
                  <time dateTime={e.at}>{chinaDateTime(e.at)}</time>
                  {timelineSentence(e, asTranslate(t))}
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </>
  );
}
