import { MOBILE_PATTERN } from '@xinfang/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { Alert, Button, Form, Input, Radio } from '../../../ui';
import { PUBLIC_PETITION_KEY, sendPhoneCode, trackByPhone, trackPetition } from '../api/portal';
import type { PublicPetition } from '../api/types';
import { usePortalPage } from '../hooks/usePortalPage';
import { portalToken } from '../token';

type Method = 'code' | 'phone';
const RESEND_SECONDS = 60;

/**
 * 查询办理情况: number + query code, or number + phone + a one-time SMS code; then a token for this tab and the
 * result page. Failures (wrong code, locked number, too many requests) in the server's words.
 */
export function TrackForm() {
  const { t } = useTranslation();
  const heading = usePortalPage(t('portal.track.heading'));
  const navigate = useNavigate();
  const location = useLocation();
  const client = useQueryClient();
  const expired = (location.state as { expired?: boolean } | null)?.expired;
  const [method, setMethod] = useState<Method>('code');
  const [error, setError] = useState<string | null>(expired ? t('portal.track.expired') : null);
  const [busy, setBusy] = useState(false);

  /** Runs a lookup; on success keeps the token and opens the result. */
  const lookUp = async (request: () => Promise<{ token: string; petition: PublicPetition }>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const { token, petition } = await request();
      portalToken.set(token);
      client.setQueryData([...PUBLIC_PETITION_KEY, token], petition);
      await navigate('/portal/track/result');
    } catch (e) {
      // 404 portal_not_found, 400 portal_code_invalid, 429 portal_locked or rate_limited: the server words them.
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('portal.track.heading')}
      </h1>
      <p>{t('portal.track.intro')}</p>
      <section className="xf-portal-section">
        <div id="portal-track-method" className="xf-portal-muted" style={{ marginBottom: 8 }}>
          {t('portal.track.method')}
        </div>
        <Radio.Group
          className="xf-portal-types"
          aria-labelledby="portal-track-method"
          value={method}
          onChange={(e) => {
            setMethod(e.target.value as Method);
            setError(null);
          }}
          style={{ marginBottom: 16 }}
        >
          <Radio value="code">{t('portal.track.byCode')}</Radio>
          <Radio value="phone">{t('portal.track.byPhone')}</Radio>
        </Radio.Group>
        {method === 'code' ? (
          <ByQueryCode busy={busy} onLookUp={(number, code) => void lookUp(() => trackPetition(number, code))} />
        ) : (
          <ByPhone
            busy={busy}
            onError={setError}
            onLookUp={(number, phone, code) => void lookUp(() => trackByPhone(number, phone, code))}
          />
        )}
        {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginTop: 16 }} />}
      </section>
      <p className="xf-portal-muted">{t('portal.track.lostCode')}</p>
    </>
  );
}

const normalise = (v: string) => v.trim().toUpperCase();

function ByQueryCode({ busy, onLookUp }: { busy: boolean; onLookUp: (number: string, code: string) => void }) {
  const { t } = useTranslation();
  return (
    <Form<{ number: string; queryCode: string }>
      layout="vertical"
      requiredMark
      onFinish={(v) => onLookUp(normalise(v.number), normalise(v.queryCode))}
      scrollToFirstError={{ focus: true }}
    >
      <Form.Item
        name="number"
        label={t('portal.track.number')}
        rules={[{ required: true, whitespace: true, message: t('portal.track.numberRule') }]}
      >
        <Input
          size="large"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder={t('portal.track.numberPlaceholder')}
        />
      </Form.Item>
      <Form.Item
        name="queryCode"
        label={t('portal.track.queryCode')}
        rules={[
          { required: true, whitespace: true, message: t('portal.track.queryCodeRule') },
          {
            validator: (_, v: string | undefined) =>
              !v || v.replace(/[\s-]/g, '').length === 12 ? Promise.resolve() : Promise.reject(new Error(t('portal.track.queryCodeRule'))),
          },
        ]}
      >
        <Input
          size="large"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder={t('portal.track.queryCodePlaceholder')}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block aria-busy={busy}>
        {busy ? t('portal.track.searching') : t('portal.track.submit')}
      </Button>
    </Form>
  );
}

function ByPhone({
  busy,
  onError,
  onLookUp,
}: {
  busy: boolean;
  onError: (message: string | null) => void;
  onLookUp: (number: string, phone: string, code: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ number: string; phone: string; code: string }>();
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const [wait, setWait] = useState(0);

  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  const send = async () => {
    if (sending) return;
    let v: { number: string; phone: string };
    try {
      v = await form.validateFields(['number', 'phone']);
    } catch {
      return;
    }
    setSending(true);
    onError(null);
    try {
      await sendPhoneCode(normalise(v.number), v.phone.trim());
      setSent(true);
      setWait(RESEND_SECONDS);
      form.focusField('code');
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
    } finally {
      setSending(false);
    }
  };

  return (
    <Form
      form={form}
      name="portal-track-phone"
      layout="vertical"
      requiredMark
      onFinish={(v) => onLookUp(normalise(v.number), v.phone.trim(), v.code.trim())}
      scrollToFirstError={{ focus: true }}
    >
      <p className="xf-portal-muted">{t('portal.track.phoneHint')}</p>
      <Form.Item
        name="number"
        label={t('portal.track.number')}
        rules={[{ required: true, whitespace: true, message: t('portal.track.numberRule') }]}
      >
        <Input
          size="large"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder={t('portal.track.numberPlaceholder')}
        />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('portal.track.phone')}
        rules={[
          { required: true, whitespace: true, message: t('portal.track.phoneRule') },
          { pattern: MOBILE_PATTERN, message: t('portal.track.phoneRule') },
        ]}
      >
        <Input size="large" type="tel" inputMode="numeric" autoComplete="tel" maxLength={11} />
      </Form.Item>
      <Button size="large" block onClick={() => void send()} aria-busy={sending} disabled={wait > 0} style={{ marginBottom: 8 }}>
        {sending ? t('portal.track.sending') : wait > 0 ? t('portal.track.resend', { seconds: wait }) : t('portal.track.sendCode')}
      </Button>
      <div role="status" style={{ marginBottom: 16 }}>
        {sent ? t('portal.track.codeSent', { minutes: 10 }) : ''}
      </div>
      <Form.Item
        name="code"
        label={t('portal.track.code')}
        rules={[
          { required: true, whitespace: true, message: t('portal.track.codeRule') },
          { pattern: /^\s*\d{6}\s*$/, message: t('portal.track.codeRule') },
        ]}
      >
        <Input size="large" inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block aria-busy={busy}>
        {busy ? t('portal.track.searching') : t('portal.track.submit')}
      </Button>
    </Form>
  );
}
