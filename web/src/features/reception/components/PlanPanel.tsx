import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chinaDate, comingQuarters, type Quarter } from '@xinfang/domain';
import { ApiError } from '../../../api/client';
import { dynamicKey } from '../../../i18n/keys';
import {
  Alert,
  AntApp,
  Button,
  Card,
  Empty,
  Input,
  List,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  formatDateTime,
} from '../../../ui';
import {
  fetchPlaces,
  fetchPlan,
  generatePlan,
  publishPlan,
  removeSlot,
  addSlot,
  updateSlot,
  type Plan,
  type Slot,
  type Violation,
} from '../api/reception';
import { quarterGrid } from '../model';
import { SlotModal } from './SlotModal';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** 接访计划: a body's coming quarter generated, shown week by week, checked against the rules, edited and published. */
export function PlanPanel({ orgId }: { orgId: number }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const client = useQueryClient();
  const quarters = useMemo(() => comingQuarters(chinaDate(new Date())), []);
  const [quarter, setQuarter] = useState<Quarter>(quarters[0]!);
  const key = { orgId, year: quarter.year, quarter: quarter.quarter };
  const queryKey = ['reception', 'plan', key];
  const plan = useQuery({
    queryKey,
    queryFn: async () => {
      try {
        return await fetchPlan(key);
      } catch (e) {
        if (e instanceof ApiError && e.code === 'reception_plan_not_found') return null;
        throw e;
      }
    },
  });
  const places = useQuery({ queryKey: ['reception', 'places', orgId], queryFn: () => fetchPlaces(orgId) });
  const [placeId, setPlaceId] = useState<number | undefined>();
  const chosenPlace = placeId ?? places.data?.[0]?.id;
  const [editing, setEditing] = useState<{ slot: Slot } | { date: string } | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [reason, setReason] = useState('');

  const show = (next: Plan) => client.setQueryData(queryKey, next);
  const fail = (e: unknown) => void message.error(e instanceof Error ? e.message : t('common.requestFailed'));
  const generate = async () => {
    if (!chosenPlace) return;
    try {
      show(await generatePlan({ ...key, placeId: chosenPlace }));
    } catch (e) {
      fail(e);
    }
  };
  const publish = async (p: Plan) => {
    try {
      const next = await publishPlan(p.id, { confirmViolations: p.violations.length > 0, reason: reason || null });
      show(next);
      setPublishing(false);
      setReason('');
      void message.success(t('reception.publishedOk', { version: next.version }));
    } catch (e) {
      fail(e);
    }
  };

  const p = plan.data;
  const leaderName = new Map(p?.leaders.map((l) => [l.id, l.name]));
  const names = (ids: number[]) => ids.map((id) => leaderName.get(id) ?? String(id)).join('、');
  const describe = (v: Violation) =>
    t(dynamicKey(`reception.violation.${v.kind}`), { ...v, leader: v.leaderId ? (leaderName.get(v.leaderId) ?? v.leaderId) : '' });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          aria-label={t('reception.quarter')}
          value={`${quarter.year}-${quarter.quarter}`}
          style={{ width: 200 }}
          options={quarters.map((q) => ({ value: `${q.year}-${q.quarter}`, label: t('reception.quarterOption', { ...q }) }))}
          onChange={(v: string) => setQuarter(quarters.find((q) => `${q.year}-${q.quarter}` === v)!)}
        />
        <Select
          aria-label={t('reception.place')}
          value={chosenPlace}
          style={{ width: 240 }}
          options={(places.data ?? []).map((pl) => ({ value: pl.id, label: pl.name }))}
          onChange={setPlaceId}
        />
        {p && p.version > 0 ? null : p ? (
          <Popconfirm title={t('reception.regenerateConfirm')} onConfirm={generate}>
            <Button>{t('reception.regenerate')}</Button>
          </Popconfirm>
        ) : (
          <Button type="primary" disabled={!chosenPlace} onClick={() => void generate()}>
            {t('reception.generate')}
          </Button>
        )}
      </Space>
      {places.data?.length === 0 && <Alert type="info" showIcon title={t('reception.noPlace')} />}
      {plan.isSuccess && !p && <Empty description={t('reception.noPlan')} />}
      {p && (
        <>
          <Space wrap>
            <Tag color={p.version > 0 ? 'green' : 'orange'}>
              {p.version > 0
                ? t('reception.published', { version: p.version, time: formatDateTime(p.publishedAt ?? '') })
                : t('reception.draft')}
            </Tag>
            {p.version > 0 && p.unpublished && <Tag color="orange">{t('reception.unpublishedChanges')}</Tag>}
            <Typography.Text>{t('reception.deadline', { date: p.deadline })}</Typography.Text>
            <Button onClick={() => setEditing({ date: '' })}>{t('reception.addSlot')}</Button>
            <Button type="primary" disabled={!p.unpublished} onClick={() => setPublishing(true)}>
              {p.version > 0 ? t('reception.republish') : t('reception.publish')}
            </Button>
          </Space>
          {!p.calendarKnown && <Alert type="warning" showIcon title={t('reception.calendarUnknown', { year: p.year })} />}
          <Card size="small" title={t('reception.violations')}>
            {p.violations.length === 0 ? (
              <Typography.Text>{t('reception.noViolations')}</Typography.Text>
            ) : (
              <List size="small" dataSource={p.violations} renderItem={(v) => <List.Item>{describe(v)}</List.Item>} />
            )}
          </Card>
          <Table
            size="small"
            bordered
            rowKey="week"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={quarterGrid({ year: p.year, quarter: p.quarter as Quarter['quarter'] }, p.slots)}
            columns={[
              {
                title: t('reception.week'),
                dataIndex: 'week',
                render: (week: string) => t('reception.weekOf', { date: week }),
                width: 110,
              },
              ...WEEKDAYS.map((d) => ({
                title: t(dynamicKey(`reception.weekdays.${d}`)),
                key: String(d),
                render: (_: unknown, row: ReturnType<typeof quarterGrid>[number]) => {
                  const day = row.days[d - 1];
                  if (!day) return null;
                  return (
                    <Space orientation="vertical" size={2}>
                      <Typography.Text type="secondary">{day.date.slice(5)}</Typography.Text>
                      {day.slots.map((s) => (
                        <Button
                          key={s.id}
                          size="small"
                          aria-label={t('reception.slotLabel', {
                            date: s.date,
                            start: s.startTime,
                            end: s.endTime,
                            leaders: names(s.leaderIds),
                          })}
                          onClick={() => setEditing({ slot: s })}
                        >
                          {s.startTime} {names(s.leaderIds)}
                        </Button>
                      ))}
                    </Space>
                  );
                },
              })),
            ]}
          />
          {p.changes.length > 0 && (
            <Card size="small" title={t('reception.changes')}>
              <List
                size="small"
                dataSource={p.changes}
                renderItem={(c) => (
                  <List.Item>
                    {formatDateTime(c.changedAt)} {c.changedBy} {t(`reception.changeKinds.${c.kind}`)}：{c.reason}{' '}
                    <Tag>
                      {c.publishedVersion ? t('reception.changeVersion', { version: c.publishedVersion }) : t('reception.changePending')}
                    </Tag>
                  </List.Item>
                )}
              />
            </Card>
          )}
          <SlotModal
            plan={p}
            editing={editing}
            onClose={() => setEditing(null)}
            onSave={async (values, slot) => {
              show(slot ? await updateSlot(slot.id, values) : await addSlot(p.id, values));
              setEditing(null);
              void message.success(t('reception.saved'));
            }}
            onRemove={async (slot, why) => {
              try {
                show(await removeSlot(slot.id, why));
                setEditing(null);
              } catch (e) {
                fail(e);
              }
            }}
          />
          <Modal
            open={publishing}
            title={p.version > 0 ? t('reception.republish') : t('reception.publish')}
            okText={p.version > 0 ? t('reception.republish') : t('reception.publish')}
            onCancel={() => setPublishing(false)}
            onOk={() => void publish(p)}
          >
            {p.violations.length > 0 && (
              <Alert type="warning" showIcon title={t('reception.publishConfirm', { count: p.violations.length })} />
            )}
            {p.version > 0 && (
              <Input
                aria-label={t('reception.publishReason')}
                placeholder={t('reception.publishReason')}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            )}
          </Modal>
        </>
      )}
    </Space>
  );
}
