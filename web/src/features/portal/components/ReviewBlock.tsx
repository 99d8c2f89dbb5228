import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { Alert, Button, Form, Input, type UploadFile } from '../../../ui';
import { requestReview } from '../api/portal';
import type { PublicPetition, PublicUpload } from '../api/types';
import { portalDue } from '../model';
import { AttachmentsField, isUploading, MAX_ATTACHMENTS, uploadedRefs } from './AttachmentsField';

interface Props {
  petition: PublicPetition;
  token: string;
  onChange: (p: PublicPetition) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** 复查 / 复核 asked online within thirty days of delivery (条例 Arts. 35–36): reasons and attachments. */
export function ReviewBlock({ petition, token, onChange, headingRef }: Props) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<{ reasons: string }>();
  const [files, setFiles] = useState<UploadFile<PublicUpload>[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const r = petition.review;
  const kindKey = r.kind ?? 'review';
  const kind = t(`portal.review.kinds.${kindKey}`);
  const body = r.body ?? t('portal.reviewRoute.higherBody');

  const submit = async (v: { reasons: string }) => {
    if (busy || isUploading(files)) return;
    setBusy(true);
    setError(null);
    try {
      const next = await requestReview(token, { reasons: v.reasons.trim(), attachments: uploadedRefs(files) });
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
    <section className="xf-portal-section" aria-labelledby="portal-review" data-testid="portal-review">
      <h2 id="portal-review" ref={headingRef} tabIndex={-1}>
        {t(`portal.review.heading.${r.state === 'not_available' && !r.kind ? 'none' : kindKey}`)}
      </h2>
      {r.state === 'not_available' && <p className="xf-portal-muted">{t('portal.review.notAvailable')}</p>}
      {r.state === 'requested' && <p role={done ? 'status' : undefined}>{t('portal.review.requested', { kind, body })}</p>}
      {r.state === 'expired' && <p className="xf-portal-muted">{t('portal.review.expired', { kind })}</p>}
      {r.state === 'final' && <p>{t('portal.review.final')}</p>}
      {r.state === 'available' && (
        <>
          <p>{t('portal.review.available', { kind, body, date: r.until ? portalDue(r.until, i18n.language) : '' })}</p>
          <Form form={form} name="portal-review" layout="vertical" requiredMark onFinish={(v) => void submit(v)}>
            <Form.Item
              name="reasons"
              label={t('portal.review.reasons', { kind })}
              extra={t('portal.review.reasonsHint')}
              rules={[
                { required: true, whitespace: true, message: t('portal.review.reasonsRule') },
                {
                  validator: (_, v: string | undefined) =>
                    !v || v.trim().length >= 10 ? Promise.resolve() : Promise.reject(new Error(t('portal.review.reasonsRule'))),
                },
                { max: 4000 },
              ]}
            >
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={4000} />
            </Form.Item>
            <Form.Item
              label={t('portal.submit.attachments')}
              htmlFor="portal-review-attachments"
              extra={<span id="portal-review-attachments_extra">{t('portal.submit.attachmentsHint', { max: MAX_ATTACHMENTS })}</span>}
            >
              <AttachmentsField
                id="portal-review-attachments"
                files={files}
                onChange={setFiles}
                aria-describedby="portal-review-attachments_extra"
              />
            </Form.Item>
            {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
            <Button type="primary" htmlType="submit" size="large" block aria-busy={busy} disabled={isUploading(files)}>
              {busy ? t('portal.submit.submitting') : t('portal.review.submit', { kind })}
            </Button>
          </Form>
        </>
      )}
    </section>
  );
}
