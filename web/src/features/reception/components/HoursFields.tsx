import { useTranslation } from 'react-i18next';
import { Form, Input } from '../../../ui';

/** A reception's hours (HH:MM, China time), as a rule and a slot both take them. */
export function HoursFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="startTime" label={t('reception.startTime')} rules={[{ required: true }]}>
        <Input placeholder="08:30" />
      </Form.Item>
      <Form.Item name="endTime" label={t('reception.endTime')} rules={[{ required: true }]}>
        <Input placeholder="12:00" />
      </Form.Item>
    </>
  );
}
