import { useQuery, useQueryClient } from '@tanstack/react-query';
import { BOOKING_STATUSES, chinaDate } from '@xinfang/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AntApp,
  Button,
  Card,
  Empty,
  Form,
  Input,
  InputNumber,
  ReasonDialog,
  Select,
  Space,
  Table,
  Tag,
  useServerErrors,
} from '../../../ui';
import {
  addWalkIn,
  checkIn,
  fetchDesk,
  markNoShow,
  revealPhone,
  setCounsel,
  type DeskBooking,
  type DeskDay,
  type DeskSlot,
  type WalkInInput,
} from '../api/reception';
import { RecordModal, underline } from './RecordView';

const STATUS_COLOUR: Record<(typeof BOOKING_STATUSES)[number], string> = {
  booked: 'blue',
  cancelled: 'default',
  checked_in: 'green',
  no_show: 'orange',
};

/** A masked phone with 查看: the full number for a stated reason, which the audit trail keeps. */
function Phone({ kind, id, masked }: { kind: 'bookings' | 'visits'; id: number; masked: string | null }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState<string | null>(null);
  if (!masked) return null;
  return (
    <Space size="small">
      <span>{shown ?? masked}</span>
      {!shown && (
        <Button size="small" type="link" onClick={() => setOpen(true)} aria-label={t('reception.desk.showPhone')}>
          {t('reception.desk.showPhone')}
        </Button>
      )}
      {open && (
        <ReasonDialog
          title={t('reception.desk.showPhone')}
          label={t('reception.desk.reason')}
          onClose={() => setOpen(false)}
          onSubmit={async (reason) => {
            setShown((await revealPhone(kind, id, reason)).phone);
            setOpen(false);
          }}
        />
      )}
    </Space>
  );
}

/** 律师参与接访: the lawyer or counsellor on duty at a slot, as free text. */
function Counsel({ slot, onSaved }: { slot: DeskSlot; onSaved: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(slot.counsel);
  const showErrors = useServerErrors();
  const save = async () => {
    try {
      await setCounsel(slot.id, value);
      await onSaved();
    } catch (e) {
      showErrors(e);
    }
  };
  return (
    <Space.Compact style={{ width: '100%', maxWidth: 520 }}>
      <Input
        aria-label={t('reception.desk.counsel')}
        placeholder={t('reception.desk.counselPlaceholder')}
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <Button onClick={() => void save()}>{t('reception.desk.save')}</Button>
    </Space.Compact>
  );
}

/** 接待窗口: a body's day — each slot with its leaders, counsellor and bookings (check-in, no-show) — and the walk-ins. */
export function DeskPanel({ orgId }: { orgId: number }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const client = useQueryClient();
  const [date, setDate] = useState(() => chinaDate(new Date()));
  const queryKey = ['reception', 'desk', orgId, date];
  const { data } = useQuery({ queryKey, queryFn: () => fetchDesk(orgId, date), enabled: /^\d{4}-\d{2}-\d{2}$/.test(date) });
  const refresh = () => client.invalidateQueries({ queryKey });
  const showErrors = useServerErrors();
  const [shownRecord, setShownRecord] = useState<number | null>(null);
  // Whether the visit is on a reception record yet, and which: the desk sees who still waits to be received.
  const recordColumn = {
    title: t('reception.desk.record'),
    key: 'record',
    render: (_: unknown, v: { recordId: number | null }) =>
      v.recordId ? (
        <Button type="link" size="small" style={{ ...underline, padding: 0 }} onClick={() => setShownRecord(v.recordId)}>
          {t('reception.records.recordNo', { id: v.recordId })}
        </Button>
      ) : (
        t('reception.desk.notRecorded')
      ),
  };
  const [form] = Form.useForm<WalkInInput>();
  const showWalkInErrors = useServerErrors(form);
  const act = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      message.success(done);
      await refresh();
    } catch (e) {
      showErrors(e);
    }
  };
  const walkIn = async (v: WalkInInput) => {
    try {
      await addWalkIn({ ...v, orgId, slotId: v.slotId ?? null, phone: v.phone || null });
      form.resetFields();
      message.success(t('reception.desk.walkInAdded'));
      await refresh();
    } catch (e) {
      showWalkInErrors(e);
    }
  };
  const bookingColumns = [
    { title: t('reception.desk.number'), dataIndex: 'number', key: 'number' },
    { title: t('reception.desk.name'), dataIndex: 'name', key: 'name' },
    {
      title: t('reception.desk.phone'),
      key: 'phone',
      render: (_: unknown, b: DeskBooking) => <Phone kind="bookings" id={b.id} masked={b.phone} />,
    },
    { title: t('reception.desk.partySize'), dataIndex: 'partySize', key: 'partySize' },
    { title: t('reception.desk.matter'), dataIndex: 'matter', key: 'matter' },
    {
      title: t('reception.desk.status'),
      key: 'status',
      render: (_: unknown, b: DeskBooking) => <Tag color={STATUS_COLOUR[b.status]}>{t(`reception.desk.statuses.${b.status}`)}</Tag>,
    },
    recordColumn,
    {
      title: t('reception.actions'),
      key: 'actions',
      render: (_: unknown, b: DeskBooking) =>
        b.status === 'booked' && (
          <Space size="small">
            <Button
              size="small"
              type="primary"
              onClick={() => void act(() => checkIn(b.id), t('reception.desk.checkedIn', { name: b.name }))}
            >
              {t('reception.desk.checkIn')}
            </Button>
            <Button size="small" onClick={() => void act(() => markNoShow(b.id), t('reception.desk.markedNoShow'))}>
              {t('reception.desk.noShow')}
            </Button>
          </Space>
        ),
    },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Form layout="inline">
        <Form.Item label={t('reception.desk.date')} htmlFor="desk-date">
          <Input id="desk-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} style={{ width: 170 }} />
        </Form.Item>
      </Form>
      {data && data.slots.length === 0 && <Empty description={t('reception.desk.noSlots')} />}
      {data?.slots.map((s) => (
        <Card
          key={s.id}
          size="small"
          title={t('reception.desk.slotTitle', { start: s.startTime, end: s.endTime, place: s.placeName })}
          data-testid={`desk-slot-${s.id}`}
        >
          <Space orientation="vertical" size="small" style={{ width: '100%' }}>
            <div>{t('reception.desk.leaders', { names: s.leaders.join('、') })}</div>
            <Counsel key={`${s.id}/${s.counsel}`} slot={s} onSaved={refresh} />
            <Table<DeskBooking>
              rowKey="id"
              size="small"
              pagination={false}
              columns={bookingColumns}
              dataSource={s.bookings}
              locale={{ emptyText: t('reception.desk.noBookings') }}
            />
          </Space>
        </Card>
      ))}
      <Card size="small" title={t('reception.desk.walkIns')}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Table<DeskDay['walkIns'][number]>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data?.walkIns ?? []}
            locale={{ emptyText: t('reception.desk.noWalkIns') }}
            columns={[
              { title: t('reception.desk.name'), dataIndex: 'name', key: 'name' },
              {
                title: t('reception.desk.phone'),
                key: 'phone',
                render: (_: unknown, v: { id: number; phone: string | null }) => <Phone kind="visits" id={v.id} masked={v.phone} />,
              },
              { title: t('reception.desk.partySize'), dataIndex: 'partySize', key: 'partySize' },
              { title: t('reception.desk.matter'), dataIndex: 'matter', key: 'matter' },
              recordColumn,
            ]}
          />
          {date === chinaDate(new Date()) && (
            <Form form={form} layout="inline" onFinish={(v) => void walkIn(v)} initialValues={{ partySize: 1 }}>
              <Form.Item name="name" label={t('reception.desk.name')} rules={[{ required: true }]}>
                <Input style={{ width: 120 }} />
              </Form.Item>
              <Form.Item name="phone" label={t('reception.desk.phone')}>
                <Input style={{ width: 140 }} />
              </Form.Item>
              <Form.Item name="matter" label={t('reception.desk.matter')} rules={[{ required: true }]}>
                <Input style={{ width: 240 }} />
              </Form.Item>
              <Form.Item name="partySize" label={t('reception.desk.partySize')}>
                <InputNumber min={1} max={500} style={{ width: 80 }} />
              </Form.Item>
              <Form.Item name="slotId" label={t('reception.desk.slot')}>
                <Select
                  allowClear
                  style={{ width: 160 }}
                  options={(data?.slots ?? []).map((s) => ({ value: s.id, label: `${s.startTime}—${s.endTime}` }))}
                />
              </Form.Item>
              <Button type="primary" htmlType="submit">
                {t('reception.desk.addWalkIn')}
              </Button>
            </Form>
          )}
        </Space>
      </Card>
      <RecordModal id={shownRecord} onClose={() => setShownRecord(null)} />
    </Space>
  );
}
