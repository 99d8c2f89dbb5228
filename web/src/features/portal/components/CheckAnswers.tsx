import { mayBeAnonymous } from '@xinfang/domain';
import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n';
import type { SubmitNames, SubmitValues } from '../model';
import type { PortalFile } from './AttachmentsField';
import { Problem } from './Fields';

export type SendPhase = 'idle' | 'checking' | 'submitting';

interface Props {
  values: SubmitValues;
  names: SubmitNames;
  files: PortalFile[];
  phase: SendPhase;
  problem: string | null;
  /** Back to the form, at the field with this id. */
  onChange: (fieldId: string) => void;
  onSend: () => void;
}

/** "Check your answers" (GOV.UK): every answer with a 修改 link back to its field; sending happens from here. */
export function CheckAnswers({ values: v, names, files, phase, problem, onChange, onSend }: Props) {
  const { t, tr } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const blank = (s: string | undefined) => s?.trim() || t('check.notGiven');
  const named = !(v.anonymous && mayBeAnonymous(v.type));
  const notify = [v.notifySms !== false && t('submit.notifySms'), v.notifyEmail !== false && t('submit.notifyEmail')]
    .filter(Boolean)
    .join('、');

  const row = (fieldId: string, label: string, value: ReactNode) => (
    <div key={fieldId}>
      <dt>{label}</dt>
      <dd data-testid={`answer-${fieldId}`}>{value}</dd>
      <dd>
        <a
          href={`#${fieldId}`}
          onClick={(e) => {
            e.preventDefault();
            onChange(fieldId);
          }}
        >
          {t('check.change')}
          <span className="xf-visually-hidden">{label}</span>
        </a>
      </dd>
    </div>
  );

  const busy = phase !== 'idle';
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('check.heading')}
      </h1>
      <p>{t('check.intro')}</p>
      <section className="xf-portal-section" aria-labelledby="portal-what">
        <h2 id="portal-what">{t('submit.what')}</h2>
        <dl className="xf-answers">
          {row('type', t('submit.type'), v.type ? tr(`types.${v.type}.label`) : '')}
          {row('title', t('submit.title'), v.title?.trim())}
          {row('content', t('submit.content'), v.content?.trim())}
          {names.category && row('categoryId', t('submit.category'), names.category.replaceAll('/', ' › '))}
          {row('place', t('submit.place'), names.place.join(' '))}
          {row('placeAddress', t('submit.placeAddress'), blank(v.placeAddress))}
          {v.type === 'accusation' && row('accusedOrgId', t('submit.accusedOrg'), names.accusedOrg ?? t('check.unsure'))}
          {v.type === 'accusation' && row('accusedPerson', t('submit.accusedPerson'), blank(v.accusedPerson))}
        </dl>
      </section>
      <section className="xf-portal-section" aria-labelledby="portal-who">
        <h2 id="portal-who">{t('submit.who')}</h2>
        <dl className="xf-answers">
          {named ? (
            <>
              {row('name', t('submit.name'), v.name?.trim())}
              {row('phone', t('submit.phone'), v.phone?.trim())}
              {row('idNumber', t('submit.idNumber'), blank(v.idNumber))}
              {row('email', t('submit.email'), blank(v.email))}
              {row('notifySms', t('submit.notify'), notify || t('check.notifyNone'))}
            </>
          ) : (
            row('anonymous', t('submit.anonymous'), t('check.anonymous'))
          )}
        </dl>
      </section>
      <section className="xf-portal-section" aria-labelledby="portal-files-heading">
        <h2 id="portal-files-heading">{t('submit.attachments')}</h2>
        <dl className="xf-answers">
          {row(
            'attachments',
            t('submit.attachments'),
            files
              .filter((f) => f.state === 'done')
              .map((f) => f.name)
              .join('\n') || t('check.none'),
          )}
        </dl>
      </section>
      {problem && <Problem>{problem}</Problem>}
      <p>{t('check.sendHint')}</p>
      <button type="button" className="xf-button xf-primary" aria-busy={busy} onClick={onSend}>
        {phase === 'checking' ? t('submit.checking') : phase === 'submitting' ? t('submit.submitting') : t('check.send')}
      </button>
      <div role="status" aria-live="polite" className="xf-visually-hidden">
        {phase === 'checking' ? t('submit.checking') : phase === 'submitting' ? t('submit.submitting') : ''}
      </div>
    </>
  );
}
