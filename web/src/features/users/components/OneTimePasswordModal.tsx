import { useTranslation } from 'react-i18next';
import { Alert, Button, Modal, Space, Typography } from '../../../ui';

/** Shows a one-time password once, with a copy button. */
export function OneTimePasswordModal({ username, password, onClose }: { username: string; password: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('users.passwordTitle')}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
      maskClosable={false}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text>{t('users.passwordFor', { username })}</Typography.Text>
        <Typography.Paragraph
          copyable={{ text: password, tooltips: [t('common.copy'), t('common.copied')] }}
          code
          data-testid="one-time-password"
          style={{ fontSize: 20 }}
        >
          {password}
        </Typography.Paragraph>
        <Alert type="warning" showIcon title={t('users.passwordNotice')} />
      </Space>
    </Modal>
  );
}
