import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api/client';
import { Alert, Button, Form, Input } from '../../../ui';
import { login } from '../api/auth';
import { ME_KEY } from '../hooks/useMe';

interface Values {
  username: string;
  password: string;
}

/** Username + password; one message for a wrong password, an unknown user or a locked account (the server does not tell them apart), the server's for the rest. */
export function LoginForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const client = useQueryClient();

  const onFinish = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      const me = await login(values.username.trim(), values.password);
      client.clear();
      client.setQueryData(ME_KEY, me);
      await navigate(me.mustChangePassword ? '/change-password' : '/', { replace: true });
    } catch (e) {
      if (e instanceof ApiError && e.code === 'invalid_credentials') setError(t('login.invalid'));
      else setError(e instanceof Error ? e.message : t('common.requestFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={(v) => void onFinish(v)} requiredMark={false}>
      {error && <Alert type="error" title={error} showIcon role="alert" style={{ marginBottom: 16 }} />}
      <Form.Item
        name="username"
        label={t('login.username')}
        rules={[{ required: true, message: t('common.required', { field: t('login.username') }) }]}
      >
        <Input autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('login.password')}
        rules={[{ required: true, message: t('common.required', { field: t('login.password') }) }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy}>
        {t('login.submit')}
      </Button>
      {/* Petitioners who land here find the public portal (网上信访). */}
      <p style={{ margin: '16px 0 0', textAlign: 'center' }}>
        <a href="/portal">{t('login.portalLink')}</a>
      </p>
    </Form>
  );
}
