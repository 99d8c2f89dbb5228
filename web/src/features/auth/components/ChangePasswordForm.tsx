import { isStrongPassword } from '@xinfang/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AntApp, Button, Form, Input, useServerErrors } from '../../../ui';
import { changePassword } from '../api/auth';
import { ME_KEY, useMe } from '../hooks/useMe';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

const FIELDS = ['currentPassword', 'newPassword', 'confirm'];

/** Own password change: current + new + confirm. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const onError = useServerErrors(form);
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = AntApp.useApp();
  const { data: me } = useMe();

  const onFinish = async (values: Values) => {
    try {
      const me = await changePassword(values.currentPassword, values.newPassword);
      client.setQueryData(ME_KEY, me);
      void message.success(t('changePassword.done'));
      await navigate('/', { replace: true });
    } catch (e) {
      onError(e, FIELDS);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={(v) => void onFinish(v)} requiredMark={false}>
      <Form.Item
        name="currentPassword"
        label={t('changePassword.current')}
        rules={[{ required: true, message: t('common.required', { field: t('changePassword.current') }) }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('changePassword.next')}
        extra={t('changePassword.rule')}
        rules={[
          { required: true, message: t('common.required', { field: t('changePassword.next') }) },
          {
            validator: async (_, v: string | undefined) =>
              !v || isStrongPassword(v, me?.username) ? undefined : Promise.reject(new Error(t('changePassword.rule'))),
          },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('changePassword.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('common.required', { field: t('changePassword.confirm') }) },
          ({ getFieldValue }) => ({
            validator: async (_, v: string | undefined) =>
              !v || v === getFieldValue('newPassword') ? undefined : Promise.reject(new Error(t('changePassword.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block>
        {t('changePassword.submit')}
      </Button>
    </Form>
  );
}
