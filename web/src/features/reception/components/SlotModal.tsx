import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RECEPTION_MODES } from '@xinfang/domain';
import { Button, Form, Input, InputNumber, Modal, Popconfirm, Select, useServerErrors } from '../../../ui';
import type { Plan, Slot, SlotInput } from '../api/reception';
import { HoursFields } from './HoursFields';

type Values = Omit<SlotInput, 'reason' | 'meetingUrl'> & { reason?: string; meetingUrl?: string };

interface Props {
  plan: Plan;
  /** The slot to change, a day to add one on, or nothing (closed). */
  editing: { slot: Slot } | { date: string } | null;
  onClose: () => void;
  onSave: (values: SlotInput, slot: Slot | null) => Promise<unknown>;
  onRemove: (slot: Slot, reason: string | null) => Promise<void>;
}

/** Adds or changes one reception: day, hours, place, leaders, places to book, in person or by video. */
export function SlotModal({ plan, editing, onClose, onSave, onRemove }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const showErrors = useServerErrors(form);
  const slot = editing && 'slot' in editing ? editing.slot : null;
  const mode = Form.useWatch('mode', form);

  useEffect(() => {
    if (!editing) return;
    form.resetFields();
    form.setFieldsValue(
      slot
        ? { ...slot, meetingUrl: slot.meetingUrl ?? undefined }
        : {
            date: 'date' in editing ? editing.date : '',
            startTime: '08:30',
            endTime: '12:00',
            placeId: plan.places[0]?.id,
            leaderIds: [],
            capacity: 10,
            mode: 'in_person',
          },
    );
  }, [editing, slot, plan.places, form]);

  const submit = async () => {
    const v = await form.validateFields();
    try {
      await onSave({ ...v, meetingUrl: v.meetingUrl || null, reason: v.reason || null }, slot);
    } catch (e) {
      showErrors(e);
    }
  };

  return (
    <Modal
      open={!!editing}
      title={slot ? t('reception.editSlot') : t('reception.addSlot')}
      onCancel={onClose}
      onOk={() => void submit()}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical">
        <Form.Item name="date" label={t('reception.date')} rules={[{ required: true }]}>
          <Input placeholder="2027-01-05" />
        </Form.Item>
        <HoursFields />
        <Form.Item name="placeId" label={t('reception.place')} rules={[{ required: true }]}>
          <Select options={plan.places.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        <Form.Item name="leaderIds" label={t('reception.leaders')} rules={[{ required: true }]}>
          <Select mode="multiple" options={plan.leaders.map((l) => ({ value: l.id, label: l.name }))} />
        </Form.Item>
        <Form.Item name="capacity" label={t('reception.capacity')} rules={[{ required: true }]}>
          <InputNumber min={1} max={500} />
        </Form.Item>
        <Form.Item name="mode" label={t('reception.mode')} rules={[{ required: true }]}>
          <Select options={RECEPTION_MODES.map((m) => ({ value: m, label: t(`reception.modes.${m}`) }))} />
        </Form.Item>
        {mode === 'video' && (
          <Form.Item name="meetingUrl" label={t('reception.meetingUrl')} rules={[{ required: true }]}>
            <Input placeholder="https://" />
          </Form.Item>
        )}
        {plan.version > 0 && (
          <Form.Item name="reason" label={t('reception.reason')} extra={t('reception.reasonHint')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
        )}
        {slot && (
          <Popconfirm
            title={t('reception.removeConfirm')}
            onConfirm={() => onRemove(slot, (form.getFieldValue('reason') as string | undefined) || null)}
          >
            <Button danger>{t('reception.removeSlot')}</Button>
          </Popconfirm>
        )}
      </Form>
    </Modal>
  );
}
