import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useServerErrors } from './useServerErrors';

/**
 * Asks why before something audited is done (showing a masked identity or phone): the reason is required, the
 * server's refusal is shown at the field, and the dialog closes only when `onSubmit` succeeds.
 */
export function ReasonDialog({
  title,
  label,
  notice,
  onClose,
  onSubmit,
}: {
  title: string;
  label: string;
  notice?: string;
  onClose: () => void;
  onSubmit: (reason: string) => Promise<void>;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const onError = useServerErrors(form);
  const [busy, setBusy] = useState(false);
  const submit = async ({ reason }: { reason: string }) => {
    setBusy(true);
    try {
      await onSubmit(reason.trim());
    } catch (e) {
      onError(e, ['reason']);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} destroyOnHidden>
      {notice && <Alert type="warning" showIcon title={notice} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" name="reason" onFinish={(v) => void submit(v)}>
        <Form.Item name="reason" label={label} rules={[{ required: true, whitespace: true, min: 2 }]}>
          <Input.TextArea autoFocus maxLength={500} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
