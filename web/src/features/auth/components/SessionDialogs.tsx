import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api/client';
import type { Me } from '../../../api/types';
import { Alert, AntApp, Button, Form, Input, Modal, Typography } from '../../../ui';
import { login } from '../api/auth';
import { ME_KEY } from '../hooks/useMe';
import type { Prompt } from './SessionRecovery';

interface Values {
  username: string;
  password: string;
}

/**
 * SessionRecovery's log-in in place when the session has ended: the same user continues where they were; someone
 * else starts at the workbench.
 */
export function SessionDialogs({ me, session }: { me: Me; session: Prompt }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const signIn = async ({ username, password }: Values) => {
    setBusy(true);
    setError(null);
    try {
      const next = await login(username.trim(), password);
      form.resetFields(['password']);
      if (next.id === me.id) {
        client.setQueryData(ME_KEY, next);
        session.answer(true);
      } else {
        // Another account must not send what the previous one had begun: the waiting write is dropped. The form's
        // draft stays under the previous user's key (drafts are per user) and is offered to them at their next sign-in.
        session.answer(false);
        client.clear();
        client.setQueryData(ME_KEY, next);
        await navigate(next.mustChangePassword ? '/change-password' : '/', { replace: true });
        void message.info({ content: t('session.otherUser', { name: me.displayName }), duration: 10 });
      }
    } catch (e) {
      setError(e instanceof ApiError && e.code === 'invalid_credentials' ? t('login.invalid') : e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const leave = () => {
    session.answer(false);
    client.setQueryData(ME_KEY, null);
    void navigate('/login', { replace: true });
  };

  return (
    <>
      <Modal
        open={session.open}
        title={t('session.expiredTitle')}
        closable={false}
        mask={{ closable: false }}
        keyboard={false}
        footer={null}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('session.expiredHint')}</Typography.Paragraph>
        <Form<Values>
          form={form}
          layout="vertical"
          name="reauth"
          initialValues={{ username: me.username }}
          onFinish={(v) => void signIn(v)}
          requiredMark={false}
        >
          {error && <Alert type="error" title={error} showIcon role="alert" style={{ marginBottom: 16 }} />}
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true }]}>
            <Input autoComplete="username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('common.required', { field: t('login.password') }) }]}
          >
            <Input.Password autoComplete="current-password" autoFocus />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} style={{ marginRight: 8 }}>
            {t('session.signIn')}
          </Button>
          <Button onClick={leave}>{t('session.leave')}</Button>
        </Form>
      </Modal>
    </>
  );
}
