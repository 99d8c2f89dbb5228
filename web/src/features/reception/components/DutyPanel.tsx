import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addDays, chinaDate, DUTY_ROLES, monthSpan, rosterDays, shiftHours, type DutyRole } from '@xinfang/domain';
import {
  AntApp,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
  useServerErrors,
} from '../../../ui';
import { useCurrentUser } from '../../auth/hooks/useMe';
import {
  fetchRoster,
  generateRoster,
  requestSwap,
  saveDutySettings,
  swapStep,
  type DutySettingsInput,
  type Shift,
  type Swap,
  type SwapInput,
} from '../api/duty';

const pad = (n: number) => String(n).padStart(2, '0');
/** The months offered: this one and the next three. */
function months(today: string): string[] {
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return [0, 1, 2, 3].map((k) => {
    const i = m - 1 + k;
    return `${y + Math.floor(i / 12)}-${pad((i % 12) + 1)}`;
  });
}

interface Day {
  date: string;
  shifts: Shift[];
}

/** 值班表: a body's rotation, its roster month by month, swaps asked, answered and decided; printable. */
export function DutyPanel({ orgId, canManage }: { orgId: number; canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const me = useCurrentUser();
  const client = useQueryClient();
  const today = chinaDate(new Date());
  const [month, setMonth] = useState(today.slice(0, 7));
  const { first: from, last: to } = monthSpan(month);
  const queryKey = ['duty', 'roster', orgId, month];
  const { data } = useQuery({ queryKey, queryFn: () => fetchRoster(orgId, from, to) });
  const refresh = () => client.invalidateQueries({ queryKey: ['duty'] });
  const [settingsForm] = Form.useForm<DutySettingsInput>();
  const showSettingsErrors = useServerErrors(settingsForm);
  const [swapping, setSwapping] = useState<Shift | null>(null);

  useEffect(() => {
    settingsForm.setFieldsValue(
      data?.settings ?? {
        rotation: { leader: [], manager: [], officer: [] },
        officersPerShift: 1,
        roundTheClock: false,
        dayStart: '08:30',
        dayEnd: '17:30',
      },
    );
  }, [data?.settings, settingsForm]);

  const people = (data?.people ?? []).map((p) => ({ value: p.id, label: p.name }));
  const days: Day[] = useMemo(() => rosterDays(data?.shifts ?? []), [data?.shifts]);

  const saveSettings = async (v: DutySettingsInput) => {
    try {
      await saveDutySettings(orgId, v);
      void message.success(t('reception.saved'));
      await refresh();
    } catch (e) {
      showSettingsErrors(e);
    }
  };
  const generate = async () => {
    try {
      const { shifts } = await generateRoster({ orgId, from: from > today ? from : addDays(today, 1), to });
      void message.success(t('reception.generated', { count: shifts.length }));
      await refresh();
    } catch (e) {
      void message.error((e as Error).message);
    }
  };
  const step = async (swap: Swap, s: 'accept' | 'decline' | 'approve' | 'refuse') => {
    try {
      await swapStep(swap.id, s);
      await refresh();
    } catch (e) {
      void message.error((e as Error).message);
    }
  };

  const names = (day: Day, role: DutyRole) =>
    day.shifts
      .filter((s) => s.role === role)
      .map((s) => (
        <Space key={s.id} size={4}>
          <span>{s.userName}</span>
          {s.userId === me.id && s.date > today && (
            <Button size="small" className="no-print" onClick={() => setSwapping(s)}>
              {t('reception.requestSwap')}
            </Button>
          )}
        </Space>
      ));
  const isLeader = me.permissions.includes('duty.approve');

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {canManage && (
        <Card size="small" title={t('reception.dutySettings')} className="no-print">
          <Form form={settingsForm} layout="vertical" onFinish={(v) => void saveSettings(v)}>
            {DUTY_ROLES.map((role) => (
              <Form.Item key={role} name={['rotation', role]} label={t(`reception.dutyRoles.${role}`)}>
                <Select mode="multiple" options={people} aria-label={t(`reception.dutyRoles.${role}`)} />
              </Form.Item>
            ))}
            <Space wrap>
              <Form.Item name="officersPerShift" label={t('reception.officersPerShift')}>
                <InputNumber min={1} max={5} />
              </Form.Item>
              <Form.Item name="dayStart" label={t('reception.dayStart')}>
                <Input style={{ width: 90 }} />
              </Form.Item>
              <Form.Item name="dayEnd" label={t('reception.dayEnd')}>
                <Input style={{ width: 90 }} />
              </Form.Item>
              <Form.Item name="roundTheClock" label={t('reception.roundTheClock')} valuePropName="checked">
                <Switch />
              </Form.Item>
            </Space>
            <Button type="primary" htmlType="submit">
              {t('reception.saveSettings')}
            </Button>
          </Form>
        </Card>
      )}
      <Space wrap className="no-print">
        <Form.Item label={t('reception.month')} style={{ marginBottom: 0 }}>
          <Select
            aria-label={t('reception.month')}
            value={month}
            onChange={setMonth}
            style={{ width: 120 }}
            options={months(today).map((m) => ({ value: m, label: m }))}
          />
        </Form.Item>
        {canManage && (
          <Button type="primary" onClick={() => void generate()} disabled={!data?.settings || to <= today}>
            {t('reception.generateRoster')}
          </Button>
        )}
        <Button onClick={() => window.print()}>{t('reception.printRoster')}</Button>
        <a href={`/api/duty/roster.xlsx?orgId=${orgId}&month=${month}`}>{t('reception.rosterExcel')}</a>
        <Link to="/my-calendar">{t('reception.myCalendar')}</Link>
      </Space>
      <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
        {t('reception.rosterTitle', { month })}
      </Typography.Title>
      <Table<Day>
        size="small"
        rowKey="date"
        pagination={false}
        dataSource={days}
        locale={{ emptyText: t('reception.noShifts') }}
        data-testid="duty-roster"
        columns={[
          { title: t('reception.date'), dataIndex: 'date', width: 110 },
          {
            title: t('reception.shift'),
            width: 220,
            render: (_, d) => {
              const s = d.shifts[0]!;
              const { start, end, nextDay } = shiftHours(s);
              return `${t(`reception.shiftKinds.${s.kind}`)} ${start}—${nextDay ? t('reception.nextDay', { time: end }) : end}`;
            },
          },
          ...DUTY_ROLES.map((role) => ({
            title: t(`reception.dutyRoles.${role}`),
            render: (_: unknown, d: Day) => (
              <Space orientation="vertical" size={2}>
                {names(d, role)}
              </Space>
            ),
          })),
        ]}
      />
      <Card size="small" title={t('reception.swaps')} className="no-print">
        <Table<Swap>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={data?.swaps ?? []}
          locale={{ emptyText: t('reception.noSwaps') }}
          data-testid="duty-swaps"
          columns={[
            { title: t('reception.swapShift'), render: (_, w) => `${w.shiftDate} ${t(`reception.dutyRoles.${w.shiftRole}`)}` },
            { title: t('reception.requester'), render: (_, w) => w.requester.name },
            {
              title: t('reception.colleague'),
              render: (_, w) => (w.counterDate ? `${w.colleague.name}（${w.counterDate}）` : w.colleague.name),
            },
            { title: t('reception.swapReason'), dataIndex: 'reason' },
            { title: t('list.status'), render: (_, w) => <Tag>{t(`reception.swapStates.${w.state}`)}</Tag> },
            {
              title: t('reception.actions'),
              render: (_, w) => {
                const party = w.requester.id === me.id || w.colleague.id === me.id;
                const pair = (yes: 'accept' | 'approve', no: 'decline' | 'refuse') => (
                  <Space>
                    <Button size="small" type="primary" onClick={() => void step(w, yes)}>
                      {t(`reception.${yes}`)}
                    </Button>
                    <Button size="small" onClick={() => void step(w, no)}>
                      {t(`reception.${no}`)}
                    </Button>
                  </Space>
                );
                if (w.state === 'requested' && w.colleague.id === me.id) return pair('accept', 'decline');
                if (w.state === 'accepted' && isLeader && !party && me.org.id === w.orgId) return pair('approve', 'refuse');
                return null;
              },
            },
          ]}
        />
      </Card>
      {swapping && (
        <SwapModal
          shift={swapping}
          people={people.filter((p) => p.value !== me.id)}
          shifts={(data?.shifts ?? []).filter((s) => s.date > today)}
          onClose={(done) => {
            setSwapping(null);
            if (done) void refresh();
          }}
        />
      )}
    </Space>
  );
}

function SwapModal({
  shift,
  people,
  shifts,
  onClose,
}: {
  shift: Shift;
  people: { value: number; label: string }[];
  shifts: Shift[];
  onClose: (done: boolean) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SwapInput>();
  const showErrors = useServerErrors(form);
  const colleague = Form.useWatch('colleagueId', form);
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await requestSwap({ ...v, shiftId: shift.id, counterShiftId: v.counterShiftId ?? null });
      onClose(true);
    } catch (e) {
      showErrors(e);
    }
  };
  return (
    <Modal open title={`${t('reception.requestSwap')}：${shift.date}`} onOk={() => void submit()} onCancel={() => onClose(false)}>
      <Form form={form} layout="vertical">
        <Form.Item name="colleagueId" label={t('reception.colleague')} rules={[{ required: true }]}>
          <Select options={people} aria-label={t('reception.colleague')} />
        </Form.Item>
        <Form.Item name="counterShiftId" label={t('reception.counterShift')}>
          <Select
            allowClear
            aria-label={t('reception.counterShift')}
            options={shifts
              .filter((s) => s.userId === colleague)
              .map((s) => ({ value: s.id, label: `${s.date} ${t(`reception.dutyRoles.${s.role}`)}` }))}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('reception.swapReason')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
