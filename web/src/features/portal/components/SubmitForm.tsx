import { MAX_CONTENT_LENGTH, MAX_TITLE_LENGTH, PETITION_TYPES, mayBeAnonymous, type PetitionType } from '@xinfang/domain';
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../../api/client';
import { Link } from '../app/router';
import { submitPetition } from '../api/portal';
import type { SubmitResult } from '../api/types';
import { useProof } from '../hooks/useProof';
import { usePortalPage } from '../hooks/usePortalPage';
import { useT } from '../i18n';
import {
  buildSubmitPayload,
  charCount,
  checkSubmit,
  planSubmitErrors,
  SUBMIT_FIELDS,
  type SubmitErrors,
  type SubmitNames,
  type SubmitValues,
} from '../model';
import { AccusedOrgField } from './AccusedOrgField';
import { CategoryField } from './CategoryField';
import { AttachmentsField, isUploading, MAX_ATTACHMENTS, uploadedRefs, type PortalFile } from './AttachmentsField';
import { CheckAnswers, type SendPhase } from './CheckAnswers';
import { Checkbox, ErrorSummary, Field, focusField, Radios, TextField } from './Fields';
import { PlaceSelect } from './PlaceSelect';
import { SubmitDone } from './SubmitDone';

/**
 * 我要写信: the form (type, subject, text, place, who, files), then "check your answers", then the answer — number
 * and query code — shown once by SubmitDone. A failed check, ours or the server's, comes back as an error summary
 * at the top of the form with a link to each field. The proof-of-work is solved while the person writes.
 */
export function SubmitForm() {
  const { t, tr } = useT();
  const heading = usePortalPage(t('submit.heading'));
  const proof = useProof();
  const [values, setValues] = useState<SubmitValues>({
    anonymous: false,
    place: [],
    notifySms: true,
    notifyEmail: true,
    accusedOrgId: null,
  });
  const [names, setNames] = useState<SubmitNames>({ place: [], accusedOrg: null, category: null });
  const [files, setFiles] = useState<PortalFile[]>([]);
  const [step, setStep] = useState<'form' | 'check'>('form');
  const [errors, setErrors] = useState<SubmitErrors>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [failures, setFailures] = useState(0);
  const [phase, setPhase] = useState<SendPhase>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<(SubmitResult & { title: string }) | null>(null);
  const [focusOn, setFocusOn] = useState<string | null>(null);

  useEffect(() => {
    if (step !== 'form' || !focusOn) return;
    focusField(focusOn);
    setFocusOn(null);
  }, [step, focusOn]);

  if (result) return <SubmitDone result={result} />;

  const set = <K extends keyof SubmitValues>(field: K, value: SubmitValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => (field in e ? { ...e, [field]: undefined } : e));
    void proof.start().catch(() => undefined);
  };

  const fail = (fieldErrors: SubmitErrors, rest: string[] = []) => {
    setErrors(fieldErrors);
    setOtherErrors(rest);
    setFailures((n) => n + 1);
    setStep('form');
  };

  const toCheck = (e: FormEvent) => {
    e.preventDefault();
    if (isUploading(files)) return;
    const found = checkSubmit(values, tr);
    if (Object.keys(found).length) return fail(found);
    setErrors({});
    setOtherErrors([]);
    setProblem(null);
    setStep('check');
    window.scrollTo(0, 0);
    void proof.start().catch(() => undefined);
  };

  const send = async () => {
    if (phase !== 'idle') return;
    setProblem(null);
    setPhase('checking');
    let p;
    try {
      p = await proof.take();
    } catch {
      setPhase('idle');
      setProblem(t('submit.checkFailed'));
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
        fail(Object.fromEntries(plan.byField.map((f) => [f.name, f.errors.join('；')])), plan.rest);
      } else setProblem(t('submit.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setPhase('idle');
    }
  };

  if (step === 'check')
    return (
      <CheckAnswers
        values={values}
        names={names}
        files={files}
        phase={phase}
        problem={problem}
        onChange={(id) => {
          setStep('form');
          setFocusOn(id);
        }}
        onSend={() => void send()}
      />
    );

  const type = values.type;
  const named = !(values.anonymous && mayBeAnonymous(type));
  const summary = [
    ...SUBMIT_FIELDS.flatMap((f) => (errors[f] ? [{ id: f, message: errors[f] }] : [])),
    ...otherErrors.map((message) => ({ message })),
  ];
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('submit.heading')}
      </h1>
      <ErrorSummary errors={summary} shown={failures} />
      <p className="xf-portal-muted">
        {t('submit.intro')} <Link to="/portal">{t('home.elsewhere.heading')}</Link>
      </p>
      <form noValidate onSubmit={toCheck}>
        <section className="xf-portal-section" aria-labelledby="portal-what">
          <h2 id="portal-what">{t('submit.what')}</h2>
          <Radios<PetitionType>
            id="type"
            legend={t('submit.type')}
            required
            error={errors.type}
            value={type}
            onChange={(v) => {
              set('type', v);
              if (!mayBeAnonymous(v)) set('anonymous', false);
            }}
            options={PETITION_TYPES.map((ty) => ({
              value: ty,
              label: <strong>{tr(`types.${ty}.label`)}</strong>,
              hint: tr(`types.${ty}.hint`),
            }))}
          />
          <TextField
            id="title"
            label={t('submit.title')}
            required
            error={errors.title}
            maxLength={MAX_TITLE_LENGTH}
            placeholder={t('submit.titlePlaceholder')}
            value={values.title}
            onChange={(v) => set('title', v)}
          />
          <Field
            id="content"
            label={t('submit.content')}
            required
            error={errors.content}
            hint={
              <span aria-live="polite" aria-atomic="true">
                {t('submit.contentCount', { count: charCount(values.content), max: MAX_CONTENT_LENGTH })}
              </span>
            }
          >
            {(c) => (
              <textarea
                {...c}
                className="xf-textarea"
                rows={8}
                maxLength={MAX_CONTENT_LENGTH}
                placeholder={t('submit.contentPlaceholder')}
                value={values.content ?? ''}
                onChange={(e) => set('content', e.target.value)}
              />
            )}
          </Field>
          <CategoryField
            title={values.title ?? ''}
            content={values.content ?? ''}
            value={values.categoryId ?? null}
            onChange={(id, path) => {
              set('categoryId', id);
              setNames((n) => ({ ...n, category: path }));
            }}
          />
          <Field id="place" group label={t('submit.place')} required hint={t('submit.placeHint')} error={errors.place}>
            {(c) => (
              <PlaceSelect
                id={c.id}
                aria-describedby={c['aria-describedby']}
                aria-invalid={c['aria-invalid']}
                value={values.place}
                onChange={(codes, placeNames) => {
                  set('place', codes);
                  setNames((n) => ({ ...n, place: placeNames }));
                }}
              />
            )}
          </Field>
          <TextField
            id="placeAddress"
            label={t('submit.placeAddress')}
            error={errors.placeAddress}
            maxLength={200}
            autoComplete="street-address"
            placeholder={t('submit.placeAddressPlaceholder')}
            value={values.placeAddress}
            onChange={(v) => set('placeAddress', v)}
          />
          {type === 'accusation' && (
            <>
              <Field id="accusedOrgId" label={t('submit.accusedOrg')} error={errors.accusedOrgId}>
                {(c) => (
                  <AccusedOrgField
                    id={c.id}
                    aria-describedby={c['aria-describedby']}
                    value={values.accusedOrgId ?? null}
                    onChange={(id, org) => {
                      set('accusedOrgId', id);
                      setNames((n) => ({ ...n, accusedOrg: org?.name ?? null }));
                    }}
                  />
                )}
              </Field>
              <TextField
                id="accusedPerson"
                label={t('submit.accusedPerson')}
                hint={t('submit.accusedPersonHint')}
                error={errors.accusedPerson}
                maxLength={100}
                value={values.accusedPerson}
                onChange={(v) => set('accusedPerson', v)}
              />
            </>
          )}
        </section>

        <section className="xf-portal-section" aria-labelledby="portal-who">
          <h2 id="portal-who">{t('submit.who')}</h2>
          <p className="xf-portal-muted">{t('submit.whoIntro')}</p>
          {mayBeAnonymous(type) ? (
            <div className="xf-field">
              <Checkbox id="anonymous" checked={!!values.anonymous} onChange={(v) => set('anonymous', v)} hint={t('submit.anonymousHint')}>
                {t('submit.anonymous')}
              </Checkbox>
            </div>
          ) : (
            type && <p className="xf-portal-muted">{t('submit.anonymousNotAllowed')}</p>
          )}
          {named && (
            <>
              <TextField
                id="name"
                label={t('submit.name')}
                required
                error={errors.name}
                maxLength={50}
                autoComplete="name"
                value={values.name}
                onChange={(v) => set('name', v)}
              />
              <TextField
                id="phone"
                label={t('submit.phone')}
                required
                error={errors.phone}
                type="tel"
                inputMode="tel"
                autoComplete="tel"
                maxLength={20}
                value={values.phone}
                onChange={(v) => set('phone', v)}
              />
              <TextField
                id="idNumber"
                label={t('submit.idNumber')}
                hint={t('submit.idNumberHint')}
                error={errors.idNumber}
                maxLength={18}
                autoComplete="off"
                value={values.idNumber}
                onChange={(v) => set('idNumber', v)}
              />
              <TextField
                id="email"
                label={t('submit.email')}
                error={errors.email}
                type="email"
                inputMode="email"
                autoComplete="email"
                maxLength={100}
                value={values.email}
                onChange={(v) => set('email', v)}
              />
              <fieldset className="xf-field xf-fieldset">
                <legend className="xf-label">{t('submit.notify')}</legend>
                <div className="xf-radios">
                  <Checkbox id="notifySms" checked={values.notifySms !== false} onChange={(v) => set('notifySms', v)}>
                    {t('submit.notifySms')}
                  </Checkbox>
                  <Checkbox id="notifyEmail" checked={values.notifyEmail !== false} onChange={(v) => set('notifyEmail', v)}>
                    {t('submit.notifyEmail')}
                  </Checkbox>
                </div>
              </fieldset>
            </>
          )}
        </section>

        <section className="xf-portal-section">
          <Field id="attachments" label={t('submit.attachments')} hint={t('submit.attachmentsHint', { max: MAX_ATTACHMENTS })}>
            {(c) => <AttachmentsField id={c.id} aria-describedby={c['aria-describedby']} files={files} onChange={setFiles} />}
          </Field>
        </section>

        <button type="submit" className="xf-button xf-primary" disabled={isUploading(files)}>
          {t('submit.continue')}
        </button>
      </form>
    </>
  );
}
