import { MAX_CONTENT_LENGTH, MAX_TITLE_LENGTH, PETITION_TYPES, isValidChineseId, mayBeAnonymous, PHONE_PATTERN } from '@xinfang/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../api/client';
import { Alert, Button, Checkbox, Form, Input, Radio, type UploadFile } from '../../../ui';
import { submitPetition } from '../api/portal';
import type { PublicUpload, SubmitResult } from '../api/types';
import { useProof } from '../hooks/useProof';
import { usePortalPage } from '../hooks/usePortalPage';
import { buildSubmitPayload, charCount, placeComplete, planSubmitErrors, type SubmitValues } from '../model';
import { AccusedOrgField } from './AccusedOrgField';
import { AttachmentsField, isUploading, MAX_ATTACHMENTS, uploadedRefs } from './AttachmentsField';
import { PlaceSelect } from './PlaceSelect';
import { SubmitDone } from './SubmitDone';

type Phase = 'idle' | 'checking' | 'submitting';

/**
 * 我要写信: type, subject, text, place, who; the proof-of-work is solved while the person writes and finished
 * (with a visible state) on submit. The answer — number and query code — is shown once by SubmitDone.
 */
export function SubmitForm() {
  const { t } = useTranslation();
  const heading = usePortalPage(t('portal.submit.heading'));
  const [form] = Form.useForm<SubmitValues>();
  const proof = useProof();
  const [files, setFiles] = useState<UploadFile<PublicUpload>[]>([]);
  const [phase, setPhase] = useState<Phase>('idle');
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<(SubmitResult & { title: string }) | null>(null);
  const type = Form.useWatch('type', form);
  const anonymous = Form.useWatch('anonymous', form) as boolean | undefined;
  const content = Form.useWatch('content', form) as string | undefined;
  const named = !(anonymous && mayBeAnonymous(type));

  if (result) return <SubmitDone result={result} />;

  const onFinish = async (values: SubmitValues) => {
    if (phase !== 'idle' || isUploading(files)) return;
    setError(null);
    setPhase('checking');
    let p;
    try {
      p = await proof.take();
    } catch {
      setPhase('idle');
      setError(t('portal.submit.checkFailed'));
      return;
    }
    setPhase('submitting');
    try {
      const answer = await submitPetition(buildSubmitPayload(values, p, uploadedRefs(files)));
      setResult({ ...answer, title: values.title?.trim() ?? '' });
      window.scrollTo(0, 0);
    } catch (e) {
      // A tried challenge is spent: solve the next one while the person corrects the form.
      void proof.start().catch(() => undefined);
      if (e instanceof ApiError && e.fields.length) {
        const plan = planSubmitErrors(e.fields);
        form.setFields(plan.byField.map((f) => ({ name: f.name, errors: f.errors })));
        setError(plan.rest.length ? plan.rest.join('；') : t('portal.submit.fixErrors'));
        if (plan.byField[0]) form.scrollToField(plan.byField[0].name, { focus: true, block: 'center' });
      } else setError(t('portal.submit.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setPhase('idle');
    }
  };

  const busy = phase !== 'idle';
  const count = charCount(content);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('portal.submit.heading')}
      </h1>
      <p className="xf-portal-muted">
        {t('portal.submit.intro')} <Link to="/portal">{t('portal.home.elsewhere.heading')}</Link>
      </p>
      <Form<SubmitValues>
        form={form}
        layout="vertical"
        requiredMark
        initialValues={{ anonymous: false, place: [], notifySms: true, notifyEmail: true }}
        onValuesChange={() => {
          setError(null);
          void proof.start().catch(() => undefined);
        }}
        onFinish={(v) => void onFinish(v)}
        onFinishFailed={() => setError(t('portal.submit.fixErrors'))}
        scrollToFirstError={{ focus: true, block: 'center' }}
      >
        <section className="xf-portal-section" aria-labelledby="portal-what">
          <h2 id="portal-what">{t('portal.submit.what')}</h2>
          <Form.Item
            name="type"
            label={<span id="portal-type-label">{t('portal.submit.type')}</span>}
            rules={[{ required: true, message: t('portal.submit.typeRule') }]}
          >
            <Radio.Group
              className="xf-portal-types"
              aria-labelledby="portal-type-label"
              onChange={(e) => {
                if (!mayBeAnonymous(e.target.value)) form.setFieldValue('anonymous', false);
              }}
            >
              {PETITION_TYPES.map((ty) => (
                <Radio key={ty} value={ty}>
                  <strong>{t(`portal.types.${ty}.label`)}</strong>
                  <span className="xf-hint">{t(`portal.types.${ty}.hint`)}</span>
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="title"
            label={t('portal.submit.title')}
            rules={[
              { required: true, whitespace: true, message: t('common.required', { field: t('portal.submit.title') }) },
              { min: 4, max: MAX_TITLE_LENGTH, message: t('portal.submit.titleRule', { max: MAX_TITLE_LENGTH }) },
            ]}
          >
            <Input size="large" maxLength={MAX_TITLE_LENGTH} placeholder={t('portal.submit.titlePlaceholder')} />
          </Form.Item>
          <Form.Item
            name="content"
            label={t('portal.submit.content')}
            extra={
              <span aria-live="polite" aria-atomic="true">
                {t('portal.submit.contentCount', { count, max: MAX_CONTENT_LENGTH })}
              </span>
            }
            rules={[
              { required: true, whitespace: true, message: t('portal.submit.contentRule', { max: MAX_CONTENT_LENGTH }) },
              {
                validator: (_, v: string | undefined) =>
                  !v || (v.trim().length >= 10 && v.length <= MAX_CONTENT_LENGTH)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('portal.submit.contentRule', { max: MAX_CONTENT_LENGTH }))),
              },
            ]}
          >
            <Input.TextArea
              autoSize={{ minRows: 6, maxRows: 16 }}
              maxLength={MAX_CONTENT_LENGTH}
              placeholder={t('portal.submit.contentPlaceholder')}
            />
          </Form.Item>
          <Form.Item
            name="place"
            label={t('portal.submit.place')}
            extra={t('portal.submit.placeHint')}
            required
            rules={[
              {
                validator: (_, v: string[] | undefined) =>
                  placeComplete(v) ? Promise.resolve() : Promise.reject(new Error(t('portal.submit.placeRule'))),
              },
            ]}
          >
            <PlaceSelect />
          </Form.Item>
          <Form.Item name="placeAddress" label={t('portal.submit.placeAddress')} rules={[{ max: 200 }]}>
            <Input size="large" maxLength={200} placeholder={t('portal.submit.placeAddressPlaceholder')} autoComplete="street-address" />
          </Form.Item>
          {type === 'accusation' && (
            <>
              <Form.Item name="accusedOrgId" label={t('portal.submit.accusedOrg')} initialValue={null}>
                <AccusedOrgField />
              </Form.Item>
              <Form.Item
                name="accusedPerson"
                label={t('portal.submit.accusedPerson')}
                extra={t('portal.submit.accusedPersonHint')}
                dependencies={['accusedOrgId']}
                rules={[
                  {
                    // A person, or a body picked above: one of them is needed.
                    validator: async (_, v: string | undefined) => {
                      if (!v?.trim() && !form.getFieldValue('accusedOrgId')) throw new Error(t('portal.submit.accusedPersonRule'));
                    },
                  },
                  { max: 100 },
                ]}
              >
                <Input size="large" maxLength={100} />
              </Form.Item>
            </>
          )}
        </section>

        <section className="xf-portal-section" aria-labelledby="portal-who">
          <h2 id="portal-who">{t('portal.submit.who')}</h2>
          <p className="xf-portal-muted">{t('portal.submit.whoIntro')}</p>
          {mayBeAnonymous(type) ? (
            <Form.Item name="anonymous" valuePropName="checked" extra={t('portal.submit.anonymousHint')}>
              <Checkbox>{t('portal.submit.anonymous')}</Checkbox>
            </Form.Item>
          ) : (
            type && <p className="xf-portal-muted">{t('portal.submit.anonymousNotAllowed')}</p>
          )}
          {named && (
            <>
              <Form.Item
                name="name"
                label={t('portal.submit.name')}
                rules={[{ required: true, whitespace: true, message: t('portal.submit.nameRule') }, { max: 50 }]}
              >
                <Input size="large" maxLength={50} autoComplete="name" />
              </Form.Item>
              <Form.Item
                name="phone"
                label={t('portal.submit.phone')}
                rules={[
                  { required: true, whitespace: true, message: t('portal.submit.phoneRequired') },
                  { pattern: PHONE_PATTERN, message: t('portal.submit.phoneRule') },
                ]}
              >
                <Input size="large" type="tel" inputMode="tel" autoComplete="tel" maxLength={20} />
              </Form.Item>
              <Form.Item
                name="idNumber"
                label={t('portal.submit.idNumber')}
                extra={t('portal.submit.idNumberHint')}
                rules={[
                  {
                    validator: (_, v: string | undefined) =>
                      !v?.trim() || isValidChineseId(v) ? Promise.resolve() : Promise.reject(new Error(t('portal.submit.idNumberRule'))),
                  },
                ]}
              >
                <Input size="large" maxLength={18} autoComplete="off" />
              </Form.Item>
              <Form.Item name="email" label={t('portal.submit.email')} rules={[{ type: 'email', message: t('portal.submit.emailRule') }]}>
                <Input size="large" type="email" inputMode="email" autoComplete="email" maxLength={100} />
              </Form.Item>
              <fieldset className="xf-portal-fieldset">
                <legend>{t('portal.submit.notify')}</legend>
                <Form.Item name="notifySms" valuePropName="checked" noStyle>
                  <Checkbox>{t('portal.submit.notifySms')}</Checkbox>
                </Form.Item>
                <Form.Item name="notifyEmail" valuePropName="checked" noStyle>
                  <Checkbox>{t('portal.submit.notifyEmail')}</Checkbox>
                </Form.Item>
              </fieldset>
            </>
          )}
        </section>

        <section className="xf-portal-section">
          <Form.Item
            label={t('portal.submit.attachments')}
            htmlFor="attachments"
            extra={<span id="attachments_extra">{t('portal.submit.attachmentsHint', { max: MAX_ATTACHMENTS })}</span>}
          >
            <AttachmentsField id="attachments" files={files} onChange={setFiles} aria-describedby="attachments_extra" />
          </Form.Item>
        </section>

        {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" size="large" block aria-busy={busy} disabled={isUploading(files)}>
          {phase === 'checking'
            ? t('portal.submit.checking')
            : phase === 'submitting'
              ? t('portal.submit.submitting')
              : t('portal.submit.submit')}
        </Button>
        <div role="status" aria-live="polite" className="xf-portal-visually-hidden">
          {phase === 'checking' ? t('portal.submit.checking') : phase === 'submitting' ? t('portal.submit.submitting') : ''}
        </div>
      </Form>
    </>
  );
}
