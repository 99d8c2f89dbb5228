import { type ClockUnit, CLOCK_UNITS, dueShort } from '@xinfang/domain';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Form,
  InputNumber,
  Select,
  Space,
  Tag,
  Tooltip,
  useServerErrors,
} from '../../../ui';
import { previewDeadline, type Preview } from '../api/calendar';
import { GRADE_COLOURS } from '../clocks';
import { chinaHourNow, chinaInstant, unitKey } from '../model';

interface Values {
  start: Dayjs;
  length: number;
  unit: ClockUnit;
  extendOverDaysOff: boolean;
}

/** 期限试算: when a period from a start time ends, by the official calendar, and its warning grade now. */
export function DeadlinePreview() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const onError = useServerErrors(form);
  const [result, setResult] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (v: Values) => {
    setResult(null);
    setBusy(true);
    try {
      setResult(
        await previewDeadline({
          start: chinaInstant(v.start.format('YYYY-MM-DD HH:mm')),
          length: v.length,
          unit: v.unit,
          extendOverDaysOff: v.extendOverDaysOff,
        }),
      );
    } catch (e) {
      setResult(null);
      onError(e, ['start', 'length', 'unit', 'extendOverDaysOff']);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('calendar.preview')}>
      <Form<Values>
        form={form}
        name="deadlinePreview"
        layout="inline"
        initialValues={{ start: dayjs(chinaHourNow()), length: 15, unit: 'calendar_day', extendOverDaysOff: true }}
        onFinish={(v) => void submit(v)}
        onValuesChange={() => setResult(null)}
      >
        <Form.Item name="start" label={t('calendar.start')} rules={[{ required: true }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowClear={false} />
        </Form.Item>
        <Form.Item name="length" label={t('calendar.length')} rules={[{ required: true }]}>
          <InputNumber min={1} max={3650} precision={0} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="unit" label={t('calendar.unit')} rules={[{ required: true }]}>
          <Select style={{ width: 120 }} options={CLOCK_UNITS.map((u) => ({ value: u, label: t(unitKey(u)) }))} />
        </Form.Item>
        <Form.Item name="extendOverDaysOff" valuePropName="checked">
          <Checkbox>
            <Tooltip title={t('calendar.extendHint')}>{t('calendar.extend')}</Tooltip>
          </Checkbox>
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('calendar.compute')}
          </Button>
        </Form.Item>
      </Form>
      {result && (
        <Descriptions column={1} size="small" style={{ marginTop: 16 }} aria-live="polite">
          <Descriptions.Item label={t('calendar.dueAt')}>
            <Space>
              <strong data-testid="due-at">{dueShort(result.dueAt)}</strong>
              {result.provisional && (
                <Tooltip title={t('calendar.provisionalHint', { years: result.unknownYears.join('、') })}>
                  <Tag color="orange">{t('calendar.provisional')}</Tag>
                </Tooltip>
              )}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('calendar.grade')}>
            <Tag color={GRADE_COLOURS[result.grade]}>{t(`calendar.grades.${result.grade}`)}</Tag>
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
