import { BOOKING_MATTER_MAX, BOOKING_MAX_PARTY } from '@xinfang/domain';
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/client';
import { Link } from '../app/router';
import {
  bookReception,
  cancelBooking,
  fetchReceptionSchedule,
  findBooking,
  moveBooking,
  type BookingKey,
  type PublicBooking,
} from '../api/portal';
import { BOOKING_FIELDS, bookingKey, checkBooking, slotWhen, type BookingErrors, type BookingValues } from '../booking';
import { useLoad } from '../hooks/useLoad';
import { usePortalPage } from '../hooks/usePortalPage';
import { useProof } from '../hooks/useProof';
import { useT } from '../i18n';
import { ErrorSummary, Field, focusField, Problem, TextField } from './Fields';
import { WalkIn } from './ReceptionSchedule';

const fieldId = (k: string) => `booking-${k}`;
/** The server's field errors by the form's fields (its first path segment). */
const serverErrors = (e: ApiError): BookingErrors =>
  Object.fromEntries(
    e.fields.map((f) => [f.path.split('.')[0], f.message]).filter(([k]) => BOOKING_FIELDS.includes(k as keyof BookingValues)),
  );

/** A booking as its holder sees it: number, when, where (or the meeting link), status. */
function BookingDetails({ booking, code }: { booking: PublicBooking; code?: string }) {
  const { t, tr } = useT();
  return (
    <dl className="xf-portal-kv" data-testid="booking-details">
      <dt>{t('booking.number')}</dt>
      <dd className="xf-portal-code" data-testid="booking-number">
        {booking.number}
      </dd>
      {code && (
        <>
          <dt>{t('booking.code')}</dt>
          <dd className="xf-portal-code" data-testid="booking-code">
            {code}
          </dd>
        </>
      )}
      <dt>{t('booking.status')}</dt>
      <dd data-testid="booking-status">{tr(`booking.statuses.${booking.status}`)}</dd>
      <dt>{t('booking.when')}</dt>
      <dd>
        {booking.orgName} {slotWhen(booking.slot, tr)}
      </dd>
      {booking.meetingUrl ? (
        <>
          <dt>{t('booking.meetingUrl')}</dt>
          <dd>
            <a href={booking.meetingUrl} rel="noopener noreferrer">
              {booking.meetingUrl}
            </a>
          </dd>
        </>
      ) : (
        booking.place && (
          <>
            <dt>{t('booking.where')}</dt>
            <dd>
              {booking.place.name}，{booking.place.address}
              {booking.place.mapUrl && (
                <>
                  {' '}
                  <a href={booking.place.mapUrl} rel="noopener noreferrer">
                    {t('reception.map')}
                  </a>
                </>
              )}
            </dd>
          </>
        )
      )}
    </dl>
  );
}

/** /portal/reception/:orgId/book/:slotId: the booking form, then the confirmation with the code shown once. */
export function BookingForm({ orgId, slotId }: { orgId: number; slotId: number }) {
  const { t, tr } = useT();
  const schedule = useLoad(() => fetchReceptionSchedule(orgId), String(orgId));
  const [values, setValues] = useState<BookingValues>({ name: '', phone: '', email: '', matter: '', partySize: '1' });
  const [errors, setErrors] = useState<BookingErrors>({});
  const [shown, setShown] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ booking: PublicBooking; code: string } | null>(null);
  const proof = useProof();
  const heading = usePortalPage(done ? t('booking.doneHeading') : t('booking.heading'));
  const { start } = proof;
  // Solved while the visitor writes.
  useEffect(() => void start().catch(() => undefined), [start]);
  const slot = schedule && schedule !== 'failed' ? schedule.slots.find((s) => s.id === slotId && s.free > 0) : undefined;
  const set = (k: keyof BookingValues) => (v: string) => setValues((old) => ({ ...old, [k]: v }));
  const fail = (found: BookingErrors) => {
    setErrors(found);
    setShown((n) => n + 1);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || !slot) return;
    const found = checkBooking(values, tr);
    if (Object.keys(found).length) return fail(found);
    setBusy(true);
    setProblem(null);
    try {
      const { challenge, solution } = await proof.take();
      const answer = await bookReception({
        challenge,
        solution,
        slotId,
        name: values.name.trim(),
        phone: values.phone.trim(),
        email: values.email.trim() || null,
        matter: values.matter.trim(),
        partySize: Number(values.partySize),
      });
      setDone(answer);
    } catch (err) {
      const byField = err instanceof ApiError ? serverErrors(err) : {};
      if (Object.keys(byField).length) fail(byField);
      else setProblem(err instanceof Error ? err.message : String(err));
      void start().catch(() => undefined);
    } finally {
      setBusy(false);
    }
  };

  if (done)
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          {t('booking.doneHeading')}
        </h1>
        <p className="xf-warning">{t('booking.doneWarning')}</p>
        <section className="xf-portal-section">
          <BookingDetails booking={done.booking} code={done.code} />
        </section>
        <WalkIn />
        <p>
          <Link to="/portal/reception/booking">{t('reception.manage')}</Link>
        </p>
      </>
    );

  const summary = BOOKING_FIELDS.filter((k) => errors[k]).map((k) => ({ id: fieldId(k), message: errors[k]! }));
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('booking.heading')}
      </h1>
      <WalkIn />
      {schedule === null && <p role="status">{t('reception.loading')}</p>}
      {schedule === 'failed' && <p role="alert">{t('reception.failed')}</p>}
      {schedule && schedule !== 'failed' && !slot && <Problem>{t('booking.slotMissing')}</Problem>}
      {slot && (
        <form noValidate onSubmit={(e) => void submit(e)}>
          <ErrorSummary errors={summary} shown={shown} />
          <p className="xf-portal-muted">{t('booking.intro')}</p>
          <section className="xf-portal-section" aria-labelledby="booking-slot">
            <h2 id="booking-slot">{t('booking.slot')}</h2>
            <p data-testid="booking-slot">
              {schedule !== null && schedule !== 'failed' && schedule.orgName} {slotWhen(slot, tr)}
              <br />
              {slot.mode === 'video' ? t('reception.meeting') : t('reception.at', { place: slot.placeName })}
              <br />
              {t('reception.free', { n: slot.free })}
            </p>
          </section>
          <section className="xf-portal-section">
            <TextField
              id={fieldId('name')}
              label={t('booking.name')}
              required
              autoComplete="name"
              error={errors.name}
              value={values.name}
              onChange={set('name')}
            />
            <TextField
              id={fieldId('phone')}
              label={t('booking.phone')}
              hint={t('booking.phoneHint')}
              required
              type="tel"
              inputMode="numeric"
              autoComplete="tel"
              error={errors.phone}
              value={values.phone}
              onChange={set('phone')}
            />
            <TextField
              id={fieldId('email')}
              label={t('booking.email')}
              type="email"
              autoComplete="email"
              error={errors.email}
              value={values.email}
              onChange={set('email')}
            />
            <Field
              id={fieldId('matter')}
              label={t('booking.matter')}
              hint={t('booking.matterHint', { max: BOOKING_MATTER_MAX })}
              required
              error={errors.matter}
            >
              {(c) => (
                <textarea
                  {...c}
                  className="xf-textarea"
                  rows={4}
                  maxLength={BOOKING_MATTER_MAX}
                  value={values.matter}
                  onChange={(e) => set('matter')(e.target.value)}
                />
              )}
            </Field>
            <TextField
              id={fieldId('partySize')}
              label={t('booking.partySize')}
              hint={t('booking.partyHint', { max: BOOKING_MAX_PARTY })}
              required
              type="number"
              inputMode="numeric"
              min={1}
              error={errors.partySize}
              value={values.partySize}
              onChange={set('partySize')}
            />
          </section>
          {problem && <Problem>{problem}</Problem>}
          <button type="submit" className="xf-button xf-primary" disabled={busy}>
            {busy ? (proof.state === 'solving' ? t('booking.proofSolving') : t('booking.submitting')) : t('booking.submit')}
          </button>
        </form>
      )}
      <p>
        <Link to={`/portal/reception/${orgId}`}>{t('booking.back')}</Link>
      </p>
    </>
  );
}

/** /portal/reception/booking: the visitor's booking by number (or phone) and code; cancel, or move within the body. */
export function BookingManage() {
  const { t, tr } = useT();
  const heading = usePortalPage(t('booking.manageHeading'));
  const [who, setWho] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<{ who?: string; code?: string }>({});
  const [key, setKey] = useState<BookingKey | null>(null);
  const [booking, setBooking] = useState<PublicBooking | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [moveTo, setMoveTo] = useState('');
  const [busy, setBusy] = useState(false);
  const schedule = useLoad(
    () => (booking ? fetchReceptionSchedule(booking.orgId) : Promise.resolve(null)),
    booking ? `${booking.orgId}/${booking.slot.id}` : '',
  );
  const others = schedule && schedule !== 'failed' && booking ? schedule.slots.filter((s) => s.id !== booking.slot.id && s.free > 0) : [];

  const run = async (action: () => Promise<PublicBooking>, done: string | null) => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    setNote(null);
    try {
      setBooking(await action());
      setNote(done);
    } catch (err) {
      setProblem(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  const find = (e: FormEvent) => {
    e.preventDefault();
    const found = { who: who.trim() ? undefined : t('booking.whoRule'), code: code.trim() ? undefined : t('booking.codeRule') };
    setErrors(found);
    if (found.who || found.code) return focusField(found.who ? 'booking-who' : 'booking-code-input');
    const k = bookingKey(who, code) as BookingKey;
    setKey(k);
    void run(() => findBooking(k), null);
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('booking.manageHeading')}
      </h1>
      <p>{t('booking.manageIntro')}</p>
      <form noValidate onSubmit={find} className="xf-portal-section">
        <TextField
          id="booking-who"
          label={t('booking.who')}
          required
          autoComplete="off"
          spellCheck={false}
          error={errors.who}
          value={who}
          onChange={setWho}
        />
        <TextField
          id="booking-code-input"
          label={t('booking.code')}
          required
          autoComplete="off"
          spellCheck={false}
          error={errors.code}
          value={code}
          onChange={setCode}
        />
        <button type="submit" className="xf-button" disabled={busy}>
          {t('booking.find')}
        </button>
      </form>
      {problem && <Problem>{problem}</Problem>}
      {note && (
        <p role="status" className="xf-warning">
          {note}
        </p>
      )}
      {booking && key && (
        <section className="xf-portal-section">
          <BookingDetails booking={booking} />
          {booking.status === 'booked' && (
            <>
              <div className="xf-buttons">
                <button
                  type="button"
                  className="xf-button"
                  disabled={busy}
                  onClick={() => void run(() => cancelBooking(key), t('booking.cancelled'))}
                >
                  {t('booking.cancel')}
                </button>
              </div>
              <h2>{t('booking.move')}</h2>
              {others.length === 0 ? (
                <p className="xf-portal-muted">{t('booking.noOther')}</p>
              ) : (
                <Field id="booking-move" label={t('booking.moveTo')}>
                  {(c) => (
                    <>
                      <select {...c} className="xf-input" value={moveTo} onChange={(e) => setMoveTo(e.target.value)}>
                        <option value="" />
                        {others.map((s) => (
                          <option key={s.id} value={s.id}>
                            {slotWhen(s, tr)}（{t('reception.free', { n: s.free })}）
                          </option>
                        ))}
                      </select>
                      <button
                        type="button"
                        className="xf-button"
                        disabled={busy || !moveTo}
                        onClick={() => void run(() => moveBooking(key, Number(moveTo)), t('booking.moved'))}
                      >
                        {t('booking.move')}
                      </button>
                    </>
                  )}
                </Field>
              )}
            </>
          )}
        </section>
      )}
      <WalkIn />
    </>
  );
}
