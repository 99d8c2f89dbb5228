import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { chinaDate } from '@xinfang/domain';
import { Calendar, Card, Col, Form, List, PageHeader, Row, Select, Space, Tag, Typography } from '../../../ui';
import { useCurrentUser } from '../../auth/hooks/useMe';
import { StatusTag } from '../../petitions/components/labels';
import { fetchAwaitingInstructions } from '../../workbench/api/home';
import { fetchMyOwnerships } from '../../workflow/api/workflow';
import { fetchMyCalendar, type MyCalendar as Month } from '../api/duty';

const monthsAround = (today: string) =>
  [-2, -1, 0, 1, 2, 3, 4, 5].map((k) => {
    const i = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 + k;
    return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  });

/** What a day holds in the leader's month: receptions, duty, leave or meetings. */
function entriesOn(data: Month | undefined, day: string) {
  if (!data) return [];
  return [
    ...data.receptions.filter((r) => r.date === day).map((r) => ({ key: `r${r.id}`, color: 'blue', kind: 'reception' as const, text: r })),
    ...data.shifts.filter((s) => s.date === day).map((s) => ({ key: `s${s.id}`, color: 'green', kind: 'duty' as const, text: s })),
    ...data.unavailability
      .filter((u) => u.from <= day && day <= u.to)
      .map((u) => ({ key: `u${u.id}`, color: 'orange', kind: 'away' as const, text: u })),
  ];
}

/**
 * 我的日程: a leader's month of reception slots (published plans), duty days and leave or meetings, with their owned
 * cases (包案) and instructions (批示) and their states beside it.
 */
export function MyCalendar() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const today = chinaDate(new Date());
  const [month, setMonth] = useState(today.slice(0, 7));
  const { data } = useQuery({ queryKey: ['duty', 'calendar', month], queryFn: () => fetchMyCalendar(month) });
  const owned = useQuery({
    queryKey: ['ownerships', 'mine'],
    queryFn: fetchMyOwnerships,
    enabled: me.permissions.includes('petition.own'),
  });
  const instructions = useQuery({
    queryKey: ['instructions', 'awaiting'],
    queryFn: fetchAwaitingInstructions,
    enabled: me.permissions.includes('petition.instruct'),
  });
  // antd's own empty text is lighter than axe's contrast allows.
  const none = <Typography.Text type="secondary">{t('inbox.empty')}</Typography.Text>;
  const label = (e: ReturnType<typeof entriesOn>[number]) => {
    switch (e.kind) {
      case 'reception':
        return `${t('reception.calendarReception')} ${e.text.startsAt.slice(11)} ${e.text.placeName}`;
      case 'duty':
        return t(`reception.dutyRoles.${e.text.role}`);
      case 'away':
        return t(`reception.unavailabilityKinds.${e.text.kind}`);
    }
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader title={t('reception.myCalendar')} />
      <Card size="small">
        <Calendar
          value={dayjs(`${month}-01`)}
          fullscreen
          headerRender={() => (
            <Form.Item label={t('reception.month')} style={{ margin: 8 }}>
              <Select
                aria-label={t('reception.month')}
                value={month}
                onChange={setMonth}
                style={{ width: 120 }}
                options={monthsAround(today).map((m) => ({ value: m, label: m }))}
              />
            </Form.Item>
          )}
          // Our own day cells: a day of another month stays empty (antd greys it below the contrast axe asks for).
          fullCellRender={(d, info) => {
            const day = d.format('YYYY-MM-DD');
            if (info.type !== 'date') return info.originNode;
            if (!day.startsWith(month)) return <div className="ant-picker-cell-inner ant-picker-calendar-date" />;
            return (
              <div className="ant-picker-cell-inner ant-picker-calendar-date" data-testid={`calendar-${day}`}>
                <div className="ant-picker-calendar-date-value">{d.date()}</div>
                <Space orientation="vertical" size={2} className="ant-picker-calendar-date-content">
                  {entriesOn(data, day).map((e) => (
                    <Tag key={e.key} color={e.color}>
                      {label(e)}
                    </Tag>
                  ))}
                </Space>
              </div>
            );
          }}
        />
      </Card>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Card size="small" title={t('reception.calendarOwned')}>
            <List
              dataSource={owned.data ?? []}
              locale={{ emptyText: none }}
              renderItem={(c) => (
                <List.Item extra={<StatusTag status={c.petition.status} />}>
                  <Link to={`/petitions/${c.petition.id}`}>{c.petition.number}</Link> {c.petition.title}
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small" title={t('reception.calendarInstructions')}>
            <List
              dataSource={instructions.data?.items ?? []}
              locale={{ emptyText: none }}
              renderItem={(p) => (
                <List.Item extra={<StatusTag status={p.status} />}>
                  <Link to={`/petitions/${p.id}`}>{p.number}</Link> {p.title}
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
      {/* The leader's reception records and outreach visits (接访记录、下访、约访) join this view here. */}
    </Space>
  );
}
