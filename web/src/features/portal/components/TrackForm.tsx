import { MOBILE_PATTERN } from '@xinfang/domain';
import { useEffect, useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from '../app/router';
import { lastSeen, sendPhoneCode, trackByPhone, trackPetition } from '../api/portal';
import type { PublicPetition } from '../api/types';
import { usePortalPage } from '../hooks/usePortalPage';
import { useT } from '../i18n';
import { portalToken } from '../token';
import { focusField, Problem, Radios, TextField } from './Fields';

type Method = 'code' | 'phone';
type Errors = Partial<Record<'number' | 'queryCode' | 'phone' | 'code', string>>;
const RESEND_SECONDS = 60;

const normalise = (v: string) => v.trim().toUpperCase();

/** Shows the errors at their fields and moves to the first; true when there are none. */
function accept(errors: Errors, show: (e: Errors) => void, order: (keyof Errors)[]): boolean {
  show(errors);
  const first = order.find((k) => errors[k]);
  if (first) focusField(first === 'number' ? 'track-number' : `track-${first}`);
  return !first;
}

/**
 * 查询办理情况: number + query code, or number + phone + a one-time SMS code; then a token for this tab and the
 * result page. Failures (wrong code, locked number, too many requests) in the server's words.
 */
export function TrackForm() {
  const { t } = useT();
  const heading = usePortalPage(t('track.heading'));
  const navigate = useNavigate();
  const { state } = useLocation();
  const expired = (state as { expired?: boolean } | null)?.expired;
  const [method, setMethod] = useState<Method>('code');
  const [problem, setProblem] = useState<string | null>(expired ? t('track.expired') : null);
  const [busy, setBusy] = useState(false);

  /** Runs a look-up; on success keeps the token and opens the result. */
  const lookUp = async (request: () => Promise<{ token: string; petition: PublicPetition }>) => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const { token, petition } = await request();
      portalToken.set(token);
      lastSeen.set(token, petition);
      navigate('/portal/track/result');
    } catch (e) {
      // 404 portal_not_found, 400 portal_code_invalid, 429 portal_locked or rate_limited: the server words them.
      setProblem(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('track.heading')}
      </h1>
      <p>{t('track.intro')}</p>
      <section className="xf-portal-section">
        <Radios<Method>
          id="track-method"
          legend={t('track.method')}
          value={method}
          onChange={(m) => {
            setMethod(m);
            setProblem(null);
          }}
          options={[
            { value: 'code', label: t('track.byCode') },
            { value: 'phone', label: t('track.byPhone') },
          ]}
        />
        {method === 'code' ? (
          <ByQueryCode busy={busy} onLookUp={(number, code) => void lookUp(() => trackPetition(number, code))} />
        ) : (
          <ByPhone
            busy={busy}
            onProblem={setProblem}
            onLookUp={(number, phone, code) => void lookUp(() => trackByPhone(number, phone, code))}
          />
        )}
        {problem && <Problem>{problem}</Problem>}
      </section>
      <p className="xf-portal-muted">{t('track.lostCode')}</p>
    </>
  );
}

function NumberField({ value, onChange, error }: { value: string; onChange: (v: string) => void; error?: string }) {
  const { t } = useT();
  return (
    <TextField
      id="track-number"
      label={t('track.number')}
      required
      error={error}
      autoComplete="off"
      autoCapitalize="characters"
      spellCheck={false}
      placeholder={t('track.numberPlaceholder')}
      value={value}
      onChange={onChange}
    />
  );
}

function ByQueryCode({ busy, onLookUp }: { busy: boolean; onLookUp: (number: string, code: string) => void }) {
  const { t } = useT();
  const [number, setNumber] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Errors = {};
    if (!number.trim()) found.number = t('track.numberRule');
    if (code.replace(/[\s-]/g, '').length !== 12) found.queryCode = t('track.queryCodeRule');
    if (accept(found, setErrors, ['number', 'queryCode'])) onLookUp(normalise(number), normalise(code));
  };
  return (
    <form noValidate onSubmit={submit}>
      <NumberField value={number} onChange={setNumber} error={errors.number} />
      <TextField
        id="track-queryCode"
        label={t('track.queryCode')}
        required
        error={errors.queryCode}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder={t('track.queryCodePlaceholder')}
        value={code}
        onChange={setCode}
      />
      <button type="submit" className="xf-button xf-primary" aria-busy={busy}>
        {busy ? t('track.searching') : t('track.submit')}
      </button>
    </form>
  );
}

function ByPhone({
  busy,
  onProblem,
  onLookUp,
}: {
  busy: boolean;
  onProblem: (message: string | null) => void;
  onLookUp: (number: string, phone: string, code: string) => void;
}) {
  const { t } = useT();
  const [number, setNumber] = useState('');
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const [wait, setWait] = useState(0);

  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  const numberAndPhone = (): Errors => ({
    ...(number.trim() ? {} : { number: t('track.numberRule') }),
    ...(MOBILE_PATTERN.test(phone.trim()) ? {} : { phone: t('track.phoneRule') }),
  });

  const send = async () => {
    if (sending || !accept(numberAndPhone(), setErrors, ['number', 'phone'])) return;
    setSending(true);
    onProblem(null);
    try {
      await sendPhoneCode(normalise(number), phone.trim());
      setSent(true);
      setWait(RESEND_SECONDS);
      focusField('track-code');
    } catch (e) {
      onProblem(e instanceof Error ? e.message : String(e));
    } finally {
      setSending(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = { ...numberAndPhone(), ...(/^\d{6}$/.test(code.trim()) ? {} : { code: t('track.codeRule') }) };
    if (accept(found, setErrors, ['number', 'phone', 'code'])) onLookUp(normalise(number), phone.trim(), code.trim());
  };

  return (
    <form noValidate onSubmit={submit}>
      <p className="xf-portal-muted">{t('track.phoneHint')}</p>
      <NumberField value={number} onChange={setNumber} error={errors.number} />
      <TextField
        id="track-phone"
        label={t('track.phone')}
        required
        error={errors.phone}
        type="tel"
        inputMode="numeric"
        autoComplete="tel"
        maxLength={11}
        value={phone}
        onChange={setPhone}
      />
      <div className="xf-buttons">
        <button type="button" className="xf-button" onClick={() => void send()} aria-busy={sending} disabled={wait > 0}>
          {sending ? t('track.sending') : wait > 0 ? t('track.resend', { seconds: wait }) : t('track.sendCode')}
        </button>
        <div role="status">{sent ? t('track.codeSent', { minutes: 10 }) : ''}</div>
      </div>
      <TextField
        id="track-code"
        label={t('track.code')}
        required
        error={errors.code}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        value={code}
        onChange={setCode}
      />
      <button type="submit" className="xf-button xf-primary" aria-busy={busy}>
        {busy ? t('track.searching') : t('track.submit')}
      </button>
    </form>
  );
}
