import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { Alert, Button, Form, Input, Radio } from '../../../ui';
import { ratePetition } from '../api/portal';
import type { PublicPetition, PublicRating, RatingValue } from '../api/types';
import { portalDue } from '../model';

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
  const { t, i18n } = useTranslation();
  const r = petition.rating;
  const reviewOpen = petition.review.state === 'available';
  const kind = t(`portal.review.kinds.${petition.review.kind ?? 'review'}`);
  const dissatisfied = r.targets.some((x) => x.rating === 'dissatisfied');
  return (
    <section className="xf-portal-section" aria-labelledby="portal-rating" data-testid="portal-rating">
      <h2 id="portal-rating">{t('portal.rating.heading')}</h2>
      {r.state === 'not_yet' && <p className="xf-portal-muted">{t('portal.rating.notYet')}</p>}
      {r.state === 'expired' && <p className="xf-portal-muted">{t('portal.rating.expired')}</p>}
      {r.state === 'awaiting' && (
        <>
          <p style={{ marginBottom: 4 }}>{t('portal.rating.intro')}</p>
          {r.until && <p>{t('portal.rating.until', { date: portalDue(r.until, i18n.language) })}</p>}
        </>
      )}
      {r.state === 'rated' && <p>{t('portal.rating.rated')}</p>}
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
        <p>
          {t('portal.rating.reviewOffer', { kind })}{' '}
          <Button size="large" onClick={onReview}>
            {t('portal.rating.goReview', { kind })}
          </Button>
        </p>
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
  const { t } = useTranslation();
  const [form] = Form.useForm<{ rating?: RatingValue; reasons?: string }>();
  const rating = Form.useWatch('rating', form);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const headingId = `portal-rating-${x.target}`;
  const heading = <h3 id={headingId}>{t(`portal.rating.targets.${x.target}`, { body: x.body })}</h3>;

  if (x.rating)
    return (
      <div data-testid={`portal-rating-${x.target}`} style={{ marginBottom: 12 }}>
        {heading}
        <p style={{ margin: 0 }}>{t('portal.rating.yourRating', { rating: t(`portal.rating.values.${x.rating}`) })}</p>
        {x.reasons && <p className="xf-portal-muted">{x.reasons}</p>}
        {done && (
          <div role="status" className="xf-portal-visually-hidden">
            {t('portal.rating.done')}
          </div>
        )}
      </div>
    );
  if (!open) return null;

  const submit = async (v: { rating?: RatingValue; reasons?: string }) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const next = await ratePetition(token, { target: x.target, rating: v.rating!, reasons: v.reasons?.trim() || null });
      setDone(true);
      onChange(next);
    } catch (e) {
      if (e instanceof ApiError && e.fields.some((f) => f.path === 'reasons'))
        form.setFields([{ name: 'reasons', errors: e.fields.filter((f) => f.path === 'reasons').map((f) => f.message) }]);
      else setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid={`portal-rating-${x.target}`} style={{ marginBottom: 16 }}>
      {heading}
      <Form form={form} name={headingId} layout="vertical" requiredMark onFinish={(v) => void submit(v)}>
        <Form.Item name="rating" rules={[{ required: true, message: t('portal.rating.chooseRating') }]}>
          <Radio.Group className="xf-portal-types" aria-labelledby={headingId}>
            {VALUES.map((v) => (
              <Radio key={v} value={v}>
                {t(`portal.rating.values.${v}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="reasons"
          label={rating === 'dissatisfied' ? t('portal.rating.reasons') : t('portal.rating.reasonsOptional')}
          dependencies={['rating']}
          rules={[{ required: rating === 'dissatisfied', whitespace: true, message: t('portal.rating.reasonsRequired') }, { max: 1000 }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={1000} />
        </Form.Item>
        {rating === 'dissatisfied' && reviewOffer && (
          <p>
            {t('portal.rating.reviewOffer', { kind: reviewOffer.kind })}{' '}
            <Button type="link" onClick={reviewOffer.onReview} style={{ padding: 0, height: 'auto', minHeight: 44 }}>
              {t('portal.rating.goReview', { kind: reviewOffer.kind })}
            </Button>
          </p>
        )}
        {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" size="large" aria-busy={busy}>
          {busy ? t('portal.submit.submitting') : t('portal.rating.submit')}
        </Button>
      </Form>
    </div>
  );
}
