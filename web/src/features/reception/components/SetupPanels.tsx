import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RECEPTION_CADENCES, ROLES, UNAVAILABILITY_KINDS } from '@xinfang/domain';
import { dynamicKey } from '../../../i18n/keys';
import { AntApp, Button, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Table, useServerErrors } from '../../../ui';
import {
  addUnavailability,
  createPlace,
  fetchPlaces,
  fetchRules,
  fetchUnavailability,
  removePlace,
  removeUnavailability,
  saveRule,
  updatePlace,
  type Place,
  type PlaceInput,
  type Rule,
  type RuleInput,
  type UnavailabilityInput,
} from '../api/reception';
import { HoursFields } from './HoursFields';

/** 请假与会议: a body's leaders and the days they cannot receive (a plan leaves them out those days). */
export function UnavailabilityPanel({ orgId }: { orgId: number }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const queryKey = ['reception', 'unavailability', orgId];
  const { data } = useQuery({ queryKey, queryFn: () => fetchUnavailability(orgId) });
  const [form] = Form.useForm<UnavailabilityInput>();
  const showErrors = useServerErrors(form);
  const refresh = () => client.invalidateQueries({ queryKey });
  const submit = async (v: UnavailabilityInput) => {
    try {
      await addUnavailability(v);
      form.resetFields();
      await refresh();
    } catch (e) {
      showErrors(e);
    }
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Form form={form} layout="inline" onFinish={(v) => void submit(v)} initialValues={{ kind: 'leave' }}>
        <Form.Item name="leaderId" label={t('reception.leader')} rules={[{ required: true }]}>
          <Select style={{ width: 160 }} options={(data?.leaders ?? []).map((l) => ({ value: l.id, label: l.name }))} />
        </Form.Item>
        <Form.Item name="from" label={t('reception.from')} rules={[{ required: true }]}>
          <Input placeholder="2027-01-12" style={{ width: 130 }} />
        </Form.Item>
        <Form.Item name="to" label={t('reception.to')} rules={[{ required: true }]}>
          <Input placeholder="2027-01-14" style={{ width: 130 }} />
        </Form.Item>
        <Form.Item name="kind" label={t('reception.kind')}>
          <Select
            style={{ width: 100 }}
            options={UNAVAILABILITY_KINDS.map((k) => ({ value: k, label: t(`reception.unavailabilityKinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('reception.note')}>
          <Input maxLength={200} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('reception.addUnavailability')}
        </Button>
      </Form>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={data?.items ?? []}
        locale={{ emptyText: data && data.leaders.length === 0 ? t('reception.noLeaders') : t('reception.noUnavailability') }}
        columns={[
          { title: t('reception.leader'), dataIndex: 'leaderName' },
          { title: t('reception.from'), dataIndex: 'from' },
          { title: t('reception.to'), dataIndex: 'to' },
          {
            title: t('reception.kind'),
            dataIndex: 'kind',
            render: (k: (typeof UNAVAILABILITY_KINDS)[number]) => t(`reception.unavailabilityKinds.${k}`),
          },
          { title: t('reception.note'), dataIndex: 'note' },
          {
            title: t('reception.actions'),
            key: 'actions',
            render: (_: unknown, u: { id: number }) => (
              <Button size="small" onClick={() => void removeUnavailability(u.id).then(refresh)}>
                {t('reception.remove')}
              </Button>
            ),
          },
        ]}
      />
    </Space>
  );
}

type PlaceValues = Omit<PlaceInput, 'orgId'>;

/** 接访场所: the places a body's receptions use (its own, and those above it listed for information). */
export function PlacesPanel({ orgId, canEdit }: { orgId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const client = useQueryClient();
  const queryKey = ['reception', 'places', orgId];
  const { data } = useQuery({ queryKey, queryFn: () => fetchPlaces(orgId) });
  const [editing, setEditing] = useState<Place | 'new' | null>(null);
  const [form] = Form.useForm<PlaceValues>();
  const showErrors = useServerErrors(form);
  const refresh = () => client.invalidateQueries({ queryKey });
  const submit = async () => {
    const v = await form.validateFields();
    const body = { ...v, orgId: editing && editing !== 'new' ? editing.orgId : orgId, mapUrl: v.mapUrl || null };
    try {
      await (editing && editing !== 'new' ? updatePlace(editing.id, body) : createPlace(body));
      setEditing(null);
      void message.success(t('reception.saved'));
      await refresh();
    } catch (e) {
      showErrors(e);
    }
  };
  const open = (p: Place | 'new') => {
    form.resetFields();
    if (p !== 'new') form.setFieldsValue({ ...p, mapUrl: p.mapUrl ?? '' });
    setEditing(p);
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {canEdit && (
        <Button type="primary" onClick={() => open('new')} style={{ alignSelf: 'flex-start' }}>
          {t('reception.addPlace')}
        </Button>
      )}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={data ?? []}
        locale={{ emptyText: t('reception.noPlaces') }}
        columns={[
          { title: t('reception.placeName'), dataIndex: 'name' },
          { title: t('reception.address'), dataIndex: 'address' },
          { title: t('reception.hours'), dataIndex: 'hours' },
          { title: t('reception.accessibility'), dataIndex: 'accessibility' },
          ...(canEdit
            ? [
                {
                  title: t('reception.actions'),
                  key: 'actions',
                  render: (_: unknown, p: Place) => (
                    <Space>
                      <Button size="small" onClick={() => open(p)}>
                        {t('reception.edit')}
                      </Button>
                      <Popconfirm title={t('reception.removePlaceConfirm')} onConfirm={() => removePlace(p.id).then(refresh)}>
                        <Button size="small" danger>
                          {t('reception.removePlace')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={!!editing}
        title={editing === 'new' ? t('reception.addPlace') : t('reception.editPlace')}
        onCancel={() => setEditing(null)}
        onOk={() => void submit()}
        forceRender
      >
        <Form form={form} layout="vertical">
          <Form.Item name="name" label={t('reception.placeName')} rules={[{ required: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="address" label={t('reception.address')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="hours" label={t('reception.hours')} rules={[{ required: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="accessibility" label={t('reception.accessibility')}>
            <Input.TextArea maxLength={500} rows={2} />
          </Form.Item>
          <Form.Item name="mapUrl" label={t('reception.mapUrl')}>
            <Input placeholder="https://" maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

/** 接访规则: per level how often leaders receive, when, and which roles count as leaders (top body's administrators). */
export function RulesPanel({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { data } = useQuery({ queryKey: ['reception', 'rules'], queryFn: fetchRules });
  const [editing, setEditing] = useState<Rule | null>(null);
  const [form] = Form.useForm<RuleInput>();
  const showErrors = useServerErrors(form);
  const submit = async () => {
    if (!editing) return;
    const v = await form.validateFields();
    try {
      await saveRule(editing.level, v);
      setEditing(null);
      await client.invalidateQueries({ queryKey: ['reception', 'rules'] });
    } catch (e) {
      showErrors(e);
    }
  };
  const weekdayOptions = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: d, label: t(dynamicKey(`reception.weekdays.${d}`)) }));
  return (
    <>
      <Table
        size="small"
        rowKey="level"
        pagination={false}
        dataSource={data ?? []}
        columns={[
          { title: t('reception.level'), dataIndex: 'level', render: (l: Rule['level']) => t(`reception.levels.${l}`) },
          {
            title: t('reception.cadence'),
            key: 'summary',
            render: (_: unknown, r: Rule) =>
              t('reception.ruleSummary', {
                cadence: t(`reception.cadences.${r.cadence}`),
                start: r.startTime,
                end: r.endTime,
                capacity: r.capacity,
                days: r.publishLeadDays,
              }),
          },
          {
            title: t('reception.ruleWeekdays'),
            key: 'weekdays',
            render: (_: unknown, r: Rule) => r.weekdays.map((d) => t(dynamicKey(`reception.weekdays.${d}`))).join('、'),
          },
          {
            title: t('reception.leaderRoles'),
            key: 'roles',
            render: (_: unknown, r: Rule) => r.leaderRoles.map((role) => t(`roles.${role}`)).join('、'),
          },
          ...(canEdit
            ? [
                {
                  title: t('reception.actions'),
                  key: 'actions',
                  render: (_: unknown, r: Rule) => (
                    <Button
                      size="small"
                      onClick={() => {
                        form.setFieldsValue(r);
                        setEditing(r);
                      }}
                    >
                      {t('reception.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={!!editing}
        title={editing ? t('reception.editRule', { level: t(`reception.levels.${editing.level}`) }) : ''}
        onCancel={() => setEditing(null)}
        onOk={() => void submit()}
        forceRender
      >
        <Form form={form} layout="vertical">
          <Form.Item name="cadence" label={t('reception.cadence')} rules={[{ required: true }]}>
            <Select options={RECEPTION_CADENCES.map((c) => ({ value: c, label: t(`reception.cadences.${c}`) }))} />
          </Form.Item>
          <Form.Item name="weekdays" label={t('reception.ruleWeekdays')}>
            <Select mode="multiple" options={weekdayOptions} />
          </Form.Item>
          <Form.Item name="perWeek" label={t('reception.perWeek')} rules={[{ required: true }]}>
            <InputNumber min={1} max={7} />
          </Form.Item>
          <HoursFields />
          <Form.Item name="capacity" label={t('reception.capacity')} rules={[{ required: true }]}>
            <InputNumber min={1} max={500} />
          </Form.Item>
          <Form.Item name="publishLeadDays" label={t('reception.publishLeadDays')} rules={[{ required: true }]}>
            <InputNumber min={0} max={60} />
          </Form.Item>
          <Form.Item name="leaderRoles" label={t('reception.leaderRoles')} rules={[{ required: true }]}>
            <Select mode="multiple" options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
