import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { Alert, Descriptions, Form, formatDateTime, Input, Modal, Select, useServerErrors } from '../../../ui';
import { useOrgDirectory } from '../../orgs/hooks/useOrgs';
import { type ReceptionRecord, updateRecord } from '../api/reception';
import { correctionInput, correctionValues, type CorrectionValues } from '../records';
import { RecordMatters } from './RecordView';
import { VisitorsFields } from './VisitorsFields';

/**
 * 更正接访记录: the record's own facts (place, bodies present, visitors, what was raised, counsel) corrected on the
 * version shown; its kind, time, leaders and matters are shown, not edited (the matters are petitions by now). A
 * correction made meanwhile by someone else is said in words, and nothing is overwritten.
 */
export function RecordCorrection({
  record,
  onClose,
  onSaved,
}: {
  record: ReceptionRecord;
  onClose: () => void;
  onSaved: (r: ReceptionRecord) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CorrectionValues>();
  const showErrors = useServerErrors(form, true);
  const { data: orgs } = useOrgDirectory();
  const client = useQueryClient();
  const [stale, setStale] = useState(false);
  const [saving, setSaving] = useState(false);
  const visitors = Form.useWatch('visitors', { form, preserve: true });

  const submit = async () => {
    await form.validateFields();
    setSaving(true);
    try {
      onSaved(await updateRecord(record.id, correctionInput(record.version, form.getFieldsValue(true) as CorrectionValues)));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'version_conflict') {
        setStale(true);
        // Opened again, the form shows the record as it now is.
        void client.invalidateQueries({ queryKey: ['reception', 'records'] });
      } else showErrors(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('reception.records.correctTitle')}
      onCancel={onClose}
      onOk={() => void submit()}
      okButtonProps={{ disabled: stale, loading: saving }}
      width={880}
    >
      {stale && <Alert type="error" showIcon title={t('reception.records.stale')} style={{ marginBottom: 16 }} />}
      <Alert type="info" title={t('reception.records.correctHint')} style={{ marginBottom: 16 }} />
      <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('reception.records.kind')}>{t(`reception.records.kinds.${record.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('reception.records.heldAt')}>{formatDateTime(record.heldAt)}</Descriptions.Item>
        <Descriptions.Item label={t('reception.records.leaders')}>{record.leaders.map((l) => l.name).join('、')}</Descriptions.Item>
        <Descriptions.Item label={t('reception.records.matters')}>
          <RecordMatters record={record} />
        </Descriptions.Item>
      </Descriptions>
      <Form form={form} name="receptionCorrection" layout="vertical" initialValues={correctionValues(record)}>
        <Form.Item name="place" label={t('reception.records.place')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="presentOrgIds" label={t('reception.records.presentOrgs')} rules={[{ required: record.kind === 'joint' }]}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={(orgs ?? []).map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
        <VisitorsFields visitors={visitors} />
        <Form.Item name="raised" label={t('reception.records.raised')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item name="counsel" label={t('reception.records.counsel')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
