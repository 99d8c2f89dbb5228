import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/client';
import { ratePetition } from '../api/portal';
import type { PublicPetition, PublicRating, RatingValue } from '../api/types';
import { useT } from '../i18n';
import { portalDue } from '../model';
import { Field, focusField, Problem, Radios } from './Fields';

const VALUES: RatingValue[] = ['satisfied', 'basically_satisfied', 'dissatisfied'];

interface Props {
  petition: PublicPetition;
  token: string;
  onChange: (p: PublicPetition) => void;
  /** Moves to the review request form. */
  onReview: () => void;
}

/** 满意度评价: the petition bureau and the handling body, each once, within the window after delivery. */
export function RatingBlock({ petition, token, onChange, onReview }: Props) {
  const { t, tr, language } = useT();
  const r = petition.rating;
  const reviewOpen = petition.review.state === 'available';
  const kind = tr(`review.kinds.${petition.review.kind ?? 'review'}`);
  const dissatisfied = r.targets.some((x) => x.rating === 'dissatisfied');
  return (
    <section className="xf-portal-section" aria-labelledby="portal-rating" data-testid="portal-rating">
      <h2 id="portal-rating">{t('rating.heading')}</h2>
      {r.state === 'not_yet' && <p className="xf-portal-muted">{t('rating.notYet')}</p>}
      {r.state === 'expired' && <p className="xf-portal-muted">{t('rating.expired')}</p>}
      {r.state === 'awaiting' && (
        <>
          <p>{t('rating.intro')}</p>
          {r.until && <p>{t('rating.until', { date: portalDue(r.until, language) })}</p>}
        </>
      )}
      {r.state === 'rated' && <p>{t('rating.rated')}</p>}
      {r.state !== 'not_yet' &&
        r.targets.map((x) => (
          <TargetRating
            key={x.target}
            target={x}
            open={r.state === 'awaiting'}
            token={token}
            onChange={onChange}
            reviewOffer={reviewOpen ? { kind, onReview } : null}
          />
        ))}
      {dissatisfied && reviewOpen && (
        <>
          <p>{t('rating.reviewOffer', { kind })}</p>
          <button type="button" className="xf-button" onClick={onReview}>
            {t('rating.goReview', { kind })}
          </button>
        </>
      )}
    </section>
  );
}

function TargetRating({
  target: x,
  open,
  token,
  onChange,
  reviewOffer,
}: {
  target: PublicRating['targets'][number];
  open: boolean;
  token: string;
  onChange: (p: PublicPetition) => void;
  reviewOffer: { kind: string; onReview: () => void } | null;
}) {
  const { t, tr } = useT();
  const [rating, setRating] = useState<RatingValue>();
  const [reasons, setReasons] = useState('');
  const [errors, setErrors] = useState<{ rating?: string; reasons?: string }>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const id = `portal-rating-${x.target}`;
  const heading = <h3 id={`${id}-heading`}>{tr(`rating.targets.${x.target}`, { body: x.body })}</h3>;

  if (x.rating)
    return (
      <div data-testid={id}>
        {heading}
        <p>{t('rating.yourRating', { rating: tr(`rating.values.${x.rating}`) })}</p>
        {x.reasons && <p className="xf-portal-muted">{x.reasons}</p>}
        {done && (
          <div role="status" className="xf-visually-hidden">
            {t('rating.done')}
          </div>
        )}
      </div>
    );
  if (!open) return null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const found = {
      ...(rating ? {} : { rating: t('rating.chooseRating') }),
      ...(rating === 'dissatisfied' && !reasons.trim() ? { reasons: t('rating.reasonsRequired') } : {}),
    };
    setErrors(found);
    if (found.rating || found.reasons) return focusField(found.rating ? `${id}-value` : `${id}-reasons`);
    setBusy(true);
    setProblem(null);
    try {
      const next = await ratePetition(token, { target: x.target, rating: rating!, reasons: reasons.trim() || null });
      setDone(true);
      onChange(next);
    } catch (err) {
      const at = err instanceof ApiError ? err.fields.filter((f) => f.path === 'reasons') : [];
      if (at.length) setErrors({ reasons: at.map((f) => f.message).join('；') });
      else setProblem(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid={id}>
      {heading}
      <form noValidate onSubmit={(e) => void submit(e)}>
        <Radios<RatingValue>
          id={`${id}-value`}
          legend={<span className="xf-visually-hidden">{tr(`rating.targets.${x.target}`, { body: x.body })}</span>}
          value={rating}
          error={errors.rating}
          onChange={(v) => {
            setRating(v);
            setErrors({});
          }}
          options={VALUES.map((v) => ({ value: v, label: tr(`rating.values.${v}`) }))}
        />
        <Field
          id={`${id}-reasons`}
          label={rating === 'dissatisfied' ? t('rating.reasons') : t('rating.reasonsOptional')}
          required={rating === 'dissatisfied'}
          error={errors.reasons}
        >
          {(c) => (
            <textarea
              {...c}
              className="xf-textarea"
              rows={3}
              maxLength={1000}
              value={reasons}
              onChange={(e) => setReasons(e.target.value)}
            />
          )}
        </Field>
        {rating === 'dissatisfied' && reviewOffer && (
          <p>
            {t('rating.reviewOffer', { kind: reviewOffer.kind })}{' '}
            <button type="button" className="xf-link" onClick={reviewOffer.onReview}>
              {t('rating.goReview', { kind: reviewOffer.kind })}
            </button>
          </p>
        )}
        {problem && <Problem>{problem}</Problem>}
        <button type="submit" className="xf-button xf-primary" aria-busy={busy}>
          {busy ? t('submit.submitting') : t('rating.submit')}
        </button>
      </form>
    </div>
  );
}
