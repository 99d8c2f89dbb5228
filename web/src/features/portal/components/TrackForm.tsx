import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { Alert, Button, Form, Input } from '../../../ui';
import { PUBLIC_PETITION_KEY, trackPetition } from '../api/portal';
import { usePortalPage } from '../hooks/usePortalPage';
import { portalToken } from '../token';

interface Values {
  number: string;
  queryCode: string;
}

/** 查询办理情况: number + query code → a token for this tab and the result page; the server's words on failure. */
export function TrackForm() {
  const { t } = useTranslation();
  const heading = usePortalPage(t('portal.track.heading'));
  const navigate = useNavigate();
  const location = useLocation();
  const client = useQueryClient();
  const expired = (location.state as { expired?: boolean } | null)?.expired;
  const [error, setError] = useState<string | null>(expired ? t('portal.track.expired') : null);
  const [busy, setBusy] = useState(false);

  const onFinish = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const { token, petition } = await trackPetition(v.number.trim().toUpperCase(), v.queryCode.trim().toUpperCase());
      portalToken.set(token);
      client.setQueryData([...PUBLIC_PETITION_KEY, token], petition);
      await navigate('/portal/track/result');
    } catch (e) {
      // 404 portal_not_found, 429 portal_locked or rate_limited: the server words them.
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
        <Form<Values> layout="vertical" requiredMark onFinish={(v) => void onFinish(v)} scrollToFirstError={{ focus: true }}>
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
                  !v || v.replace(/[\s-]/g, '').length === 12
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('portal.track.queryCodeRule'))),
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
          {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" size="large" block loading={busy}>
            {busy ? t('portal.track.searching') : t('portal.track.submit')}
          </Button>
        </Form>
      </section>
      <p className="xf-portal-muted">{t('portal.track.lostCode')}</p>
    </>
  );
}
