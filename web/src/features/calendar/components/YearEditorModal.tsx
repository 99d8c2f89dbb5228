import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, DatePicker, Form, Input, Modal, Select, Space, Typography, useServerErrors } from '../../../ui';
import { saveCalendarYear, type CalendarYear, type SpecialDay } from '../api/calendar';
import { daysInRange, daysToSave, typedDate } from '../model';

interface Row {
  date: Dayjs | null;
  kind: SpecialDay['kind'];
  name: string;
}

interface Values {
  notice: string;
  days: Row[];
}

/**
 * A date picker that takes what is typed: antd's reads only its display format (2027-10-01) and otherwise keeps its
 * previous value when the field is left, so a row pre-filled with the next day kept that day when 10-05 was typed.
 */
function TypedDatePicker({
  value,
  onChange,
  label,
  year,
}: {
  value?: Dayjs | null;
  onChange?: (d: Dayjs | null) => void;
  label: string;
  year: number;
}) {
  return (
    <DatePicker
      aria-label={label}
      value={value}
      onChange={(d) => onChange?.(d)}
      onBlur={(e) => {
        const typed = typedDate((e.target as HTMLInputElement).value, year);
        if (typed && typed !== value?.format('YYYY-MM-DD')) onChange?.(dayjs(typed));
      }}
      format="YYYY-MM-DD"
      defaultPickerValue={dayjs(`${year}-01-01`)}
      disabledDate={(d) => d.year() !== year}
    />
  );
}

/** Enters (or replaces) one year's days off and make-up working days from the State Council notice. */
export function YearEditorModal({
  current,
  onClose,
  onSaved,
}: {
  current: CalendarYear;
  onClose: () => void;
  onSaved: (y: CalendarYear) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const onError = useServerErrors(form, true);
  const [busy, setBusy] = useState(false);
  const [empty, setEmpty] = useState(false);
  const year = current.year;
  const initialValues: Values = {
    notice: current.notice ?? '',
    days: current.days.length
      ? current.days.map((d) => ({ date: dayjs(d.date), kind: d.kind, name: d.name }))
      : [{ date: null, kind: 'holiday', name: '' }],
  };

  const submit = async (values: Values) => {
    const rows = values.days ?? [];
    setEmpty(rows.length === 0);
    if (rows.length === 0) return;
    setBusy(true);
    try {
      const days = daysToSave(rows.map((r) => ({ date: r.date!.format('YYYY-MM-DD'), kind: r.kind, name: r.name })));
      onSaved(await saveCalendarYear(year, values.notice.trim(), days));
    } catch (e) {
      onError(e, ['notice', 'days']);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('calendar.editorTitle', { year })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
      width={760}
    >
      <Typography.Paragraph type="secondary">{t('calendar.editorHint')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" name="calendarYear" initialValues={initialValues} onFinish={(v) => void submit(v)}>
        <Form.Item
          name="notice"
          label={t('calendar.notice')}
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: t('calendar.notice') }) },
            { min: 4, max: 200 },
          ]}
        >
          <Input maxLength={200} placeholder={t('calendar.noticePlaceholder')} />
        </Form.Item>
        <Form.List name="days">
          {(fields, { add, remove }) => (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {fields.map((field, i) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item
                    name={[field.name, 'date']}
                    rules={[{ required: true, message: t('common.required', { field: t('calendar.date') }) }]}
                    style={{ marginBottom: 8 }}
                  >
                    <TypedDatePicker label={`${t('calendar.date')} ${i + 1}`} year={year} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'kind']} rules={[{ required: true }]} style={{ marginBottom: 8 }}>
                    <Select
                      aria-label={`${t('calendar.kind')} ${i + 1}`}
                      style={{ width: 140 }}
                      options={(['holiday', 'workday'] as const).map((k) => ({ value: k, label: t(`calendar.kinds.${k}`) }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('calendar.name') }) }]}
                    style={{ marginBottom: 8 }}
                  >
                    <Input aria-label={`${t('calendar.name')} ${i + 1}`} maxLength={20} style={{ width: 160 }} />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)}>{t('calendar.removeRow')}</Button>
                </Space>
              ))}
              <RangeRow
                year={year}
                onAdd={(from, to, kind, name) => {
                  // A holiday of several days at once: every day from–to, one kind and name; the one empty row goes.
                  const rows = ((form.getFieldValue('days') as Row[] | undefined) ?? []).filter((r) => r.date || r.name);
                  const taken = new Set(rows.map((r) => r.date?.format('YYYY-MM-DD')));
                  const added = daysInRange(from, to)
                    .filter((d) => !taken.has(d))
                    .map((d) => ({ date: dayjs(d), kind, name }));
                  form.setFieldValue('days', [...rows, ...added]);
                  setEmpty(false);
                }}
              />
              {empty && <Alert type="error" showIcon title={t('calendar.noRows')} />}
              <Button
                type="dashed"
                onClick={() => {
                  const rows = (form.getFieldValue('days') as Row[] | undefined) ?? [];
                  const last = rows.at(-1);
                  // A holiday usually runs over several days: the next row continues the last one.
                  add(
                    last?.date
                      ? { date: last.date.add(1, 'day'), kind: last.kind, name: last.name }
                      : { date: null, kind: 'holiday', name: '' },
                  );
                  setEmpty(false);
                }}
              >
                {t('calendar.addRow')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

/** 从…至…: adds every day of a range with one kind and name (e.g. 国庆节 10-01…10-07). */
function RangeRow({ year, onAdd }: { year: number; onAdd: (from: string, to: string, kind: SpecialDay['kind'], name: string) => void }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState<Dayjs | null>(null);
  const [to, setTo] = useState<Dayjs | null>(null);
  const [kind, setKind] = useState<SpecialDay['kind']>('holiday');
  const [name, setName] = useState('');
  const ready = from && to && !to.isBefore(from) && name.trim();
  return (
    <Space align="start" wrap>
      <TypedDatePicker label={t('calendar.rangeFrom')} year={year} value={from} onChange={setFrom} />
      <TypedDatePicker label={t('calendar.rangeTo')} year={year} value={to} onChange={setTo} />
      <Select
        aria-label={t('calendar.rangeKind')}
        style={{ width: 140 }}
        value={kind}
        onChange={setKind}
        options={(['holiday', 'workday'] as const).map((k) => ({ value: k, label: t(`calendar.kinds.${k}`) }))}
      />
      <Input
        aria-label={t('calendar.rangeName')}
        placeholder={t('calendar.name')}
        maxLength={20}
        style={{ width: 160 }}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <Button
        disabled={!ready}
        onClick={() => {
          if (!from || !to) return;
          onAdd(from.format('YYYY-MM-DD'), to.format('YYYY-MM-DD'), kind, name.trim());
          setFrom(null);
          setTo(null);
          setName('');
        }}
      >
        {t('calendar.addRange')}
      </Button>
    </Space>
  );
}
