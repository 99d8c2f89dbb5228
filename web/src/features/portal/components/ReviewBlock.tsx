import { useState, type FormEvent, type RefObject } from 'react';
import { ApiError } from '../../../api/client';
import { requestReview } from '../api/portal';
import type { PublicPetition } from '../api/types';
import { useT } from '../i18n';
import { portalDue } from '../model';
import { AttachmentsField, isUploading, MAX_ATTACHMENTS, uploadedRefs, type PortalFile } from './AttachmentsField';
import { Field, focusField, Problem } from './Fields';

interface Props {
  petition: PublicPetition;
  token: string;
  onChange: (p: PublicPetition) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** 复查 / 复核 asked online within thirty days of delivery (条例 Arts. 35–36): reasons and attachments. */
export function ReviewBlock({ petition, token, onChange, headingRef }: Props) {
  const { t, tr, language } = useT();
  const [reasons, setReasons] = useState('');
  const [error, setError] = useState<string>();
  const [files, setFiles] = useState<PortalFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const r = petition.review;
  const kindKey = r.kind ?? 'review';
  const kind = tr(`review.kinds.${kindKey}`);
  const body = r.body ?? t('reviewRoute.higherBody');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy || isUploading(files)) return;
    if (reasons.trim().length < 10) {
      setError(t('review.reasonsRule'));
      return focusField('portal-review_reasons');
    }
    setError(undefined);
    setBusy(true);
    setProblem(null);
    try {
      const next = await requestReview(token, { reasons: reasons.trim(), attachments: uploadedRefs(files) });
      setDone(true);
      onChange(next);
    } catch (err) {
      const at = err instanceof ApiError ? err.fields.filter((f) => f.path === 'reasons') : [];
      if (at.length) setError(at.map((f) => f.message).join('；'));
      else setProblem(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="xf-portal-section" aria-labelledby="portal-review" data-testid="portal-review">
      <h2 id="portal-review" ref={headingRef} tabIndex={-1}>
        {tr(`review.heading.${r.state === 'not_available' && !r.kind ? 'none' : kindKey}`)}
      </h2>
      {r.state === 'not_available' && <p className="xf-portal-muted">{t('review.notAvailable')}</p>}
      {r.state === 'requested' && <p role={done ? 'status' : undefined}>{t('review.requested', { kind, body })}</p>}
      {r.state === 'expired' && <p className="xf-portal-muted">{t('review.expired', { kind })}</p>}
      {r.state === 'final' && <p>{t('review.final')}</p>}
      {r.state === 'available' && (
        <>
          <p>{t('review.available', { kind, body, date: r.until ? portalDue(r.until, language) : '' })}</p>
          <form noValidate onSubmit={(e) => void submit(e)}>
            <Field id="portal-review_reasons" label={t('review.reasons', { kind })} required hint={t('review.reasonsHint')} error={error}>
              {(c) => (
                <textarea
                  {...c}
                  className="xf-textarea"
                  rows={5}
                  maxLength={4000}
                  value={reasons}
                  onChange={(e) => setReasons(e.target.value)}
                />
              )}
            </Field>
            <Field
              id="portal-review-attachments"
              label={t('submit.attachments')}
              hint={t('submit.attachmentsHint', { max: MAX_ATTACHMENTS })}
            >
              {(c) => <AttachmentsField id={c.id} aria-describedby={c['aria-describedby']} files={files} onChange={setFiles} />}
            </Field>
            {problem && <Problem>{problem}</Problem>}
            <button type="submit" className="xf-button xf-primary" aria-busy={busy} disabled={isUploading(files)}>
              {busy ? t('submit.submitting') : t('review.submit', { kind })}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
