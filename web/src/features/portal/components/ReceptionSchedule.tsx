import { Link } from '../app/router';
import {
  fetchReceptionBodies,
  fetchReceptionSchedule,
  receptionCalendarUrl,
  type ReceptionBody,
  type ReceptionSchedule as Schedule,
} from '../api/portal';
import { useLoad } from '../hooks/useLoad';
import { usePortalPage } from '../hooks/usePortalPage';
import { slotWhen } from '../booking';
import { useT } from '../i18n';

/** The sentence no page of the schedule goes without: booking never replaces the right to walk in. */
export function WalkIn() {
  const { t } = useT();
  return <p className="xf-warning">{t('reception.walkIn')}</p>;
}

/** 领导接访日: the bodies that publish one. */
function Bodies() {
  const { t } = useT();
  const heading = usePortalPage(t('reception.heading'));
  const bodies = useLoad<ReceptionBody[]>(fetchReceptionBodies, 'bodies');
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('reception.heading')}
      </h1>
      <p>{t('reception.bodiesIntro')}</p>
      {bodies === null && <p role="status">{t('reception.loading')}</p>}
      {bodies === 'failed' && <p role="alert">{t('reception.failed')}</p>}
      {Array.isArray(bodies) && bodies.length === 0 && <p className="xf-portal-muted">{t('reception.noBodies')}</p>}
      {Array.isArray(bodies) && bodies.length > 0 && (
        <ul className="xf-portal-list">
          {bodies.map((b) => (
            <li key={b.orgId}>
              <Link to={`/portal/reception/${b.orgId}`}>{b.orgName}</Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** One body's published receptions from today, per place, with the walk-in sentence and the calendar feed. */
function BodySchedule({ orgId, placeId }: { orgId: number; placeId?: number }) {
  const { t, tr } = useT();
  const schedule = useLoad<Schedule>(() => fetchReceptionSchedule(orgId, placeId), `${orgId}/${placeId ?? ''}`);
  const loaded = schedule !== null && schedule !== 'failed' ? schedule : null;
  const heading = usePortalPage(loaded ? t('reception.orgHeading', { org: loaded.orgName }) : t('reception.heading'));
  const placeName = new Map(loaded?.places.map((p) => [p.id, p.name]));
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {loaded ? t('reception.orgHeading', { org: loaded.orgName }) : t('reception.heading')}
      </h1>
      <WalkIn />
      {schedule === null && <p role="status">{t('reception.loading')}</p>}
      {schedule === 'failed' && <p role="alert">{t('reception.failed')}</p>}
      {loaded && (
        <>
          <section className="xf-portal-section" aria-labelledby="reception-places">
            <h2 id="reception-places">{t('reception.places')}</h2>
            {placeId !== undefined && <Link to={`/portal/reception/${orgId}`}>{t('reception.allPlaces')}</Link>}
            {loaded.places.map((p) => (
              <div key={p.id}>
                <h3>{placeId === undefined ? <Link to={`/portal/reception/${orgId}?place=${p.id}`}>{p.name}</Link> : p.name}</h3>
                <dl className="xf-portal-kv">
                  <dt>{t('reception.address')}</dt>
                  <dd>
                    {p.address}
                    {p.mapUrl && (
                      <>
                        {' '}
                        <a href={p.mapUrl} rel="noopener noreferrer">
                          {t('reception.map')}
                        </a>
                      </>
                    )}
                  </dd>
                  <dt>{t('reception.hours')}</dt>
                  <dd>{p.hours}</dd>
                  {p.accessibility && (
                    <>
                      <dt>{t('reception.accessibility')}</dt>
                      <dd>{p.accessibility}</dd>
                    </>
                  )}
                </dl>
              </div>
            ))}
          </section>
          <section className="xf-portal-section" aria-labelledby="reception-slots">
            <h2 id="reception-slots">{t('reception.schedule')}</h2>
            {loaded.slots.length === 0 ? (
              <p className="xf-portal-muted">{t('reception.noSlots')}</p>
            ) : (
              <ul className="xf-portal-list" data-testid="reception-slots">
                {loaded.slots.map((s) => (
                  <li key={s.id}>
                    <strong>{slotWhen(s, tr)}</strong>
                    <br />
                    {t('reception.leaders', { names: s.leaders.join('、') })}
                    <br />
                    {s.mode === 'video' ? t('reception.meeting') : t('reception.at', { place: placeName.get(s.placeId) ?? s.placeName })}
                    <br />
                    {s.free > 0 ? (
                      <>
                        {t('reception.free', { n: s.free })}{' '}
                        <Link to={`/portal/reception/${orgId}/book/${s.id}`} aria-label={`${t('reception.book')} ${slotWhen(s, tr)}`}>
                          {t('reception.book')}
                        </Link>
                      </>
                    ) : (
                      t('reception.full')
                    )}
                  </li>
                ))}
              </ul>
            )}
            <p>
              <a href={receptionCalendarUrl(orgId, placeId)}>{t('reception.calendar')}</a>
            </p>
          </section>
        </>
      )}
      <p>
        <Link to="/portal/reception/booking">{t('reception.manage')}</Link>
      </p>
      <p>
        <Link to="/portal/reception">{t('reception.otherBodies')}</Link>
      </p>
    </>
  );
}

/** /portal/reception (the bodies) and /portal/reception/:orgId[?place=] (one body's schedule). */
export function ReceptionSchedule({ path }: { path: string }) {
  const orgId = Number(/^\/portal\/reception\/(\d+)$/.exec(path)?.[1]);
  if (!orgId) return <Bodies />;
  const place = Number(new URLSearchParams(window.location.search).get('place'));
  return <BodySchedule key={`${orgId}/${place}`} orgId={orgId} placeId={place || undefined} />;
}
