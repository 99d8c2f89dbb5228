import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { chinaDate, chinaDateTime, monthSpan } from '@xinfang/domain';
import { Calendar, Card, Col, Form, List, PageHeader, Row, Select, Space, Tag, Typography } from '../../../ui';
import { useCurrentUser } from '../../auth/hooks/useMe';
import { StatusTag } from '../../petitions/components/labels';
import { fetchAwaitingInstructions } from '../../workbench/api/home';
import { fetchMyOwnerships } from '../../workflow/api/workflow';
import { fetchMyCalendar, type MyCalendar as Month } from '../api/duty';
import { fetchRecords, type ReceptionRecord } from '../api/reception';

const monthsAround = (today: string) =>
  [-2, -1, 0, 1, 2, 3, 4, 5].map((k) => {
    const i = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 + k;
    return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  });

// A petition's number in a line of text: told from the text by more than its colour (axe link-in-text-block).
const UNDERLINED = { textDecoration: 'underline' } as const;

/** What a day holds in the leader's month: receptions planned and held (接访、下访、约访), duty, leave or meetings. */
function entriesOn(data: Month | undefined, held: ReceptionRecord[], day: string) {
  if (!data) return [];
  return [
    ...held
      .filter((r) => chinaDate(new Date(r.heldAt)) === day)
      .map((r) => ({ key: `h${r.id}`, color: 'purple', kind: 'held' as const, text: r })),
    ...data.receptions.filter((r) => r.date === day).map((r) => ({ key: `r${r.id}`, color: 'blue', kind: 'reception' as const, text: r })),
    ...data.shifts.filter((s) => s.date === day).map((s) => ({ key: `s${s.id}`, color: 'green', kind: 'duty' as const, text: s })),
    ...data.unavailability
      .filter((u) => u.from <= day && day <= u.to)
      .map((u) => ({ key: `u${u.id}`, color: 'orange', kind: 'away' as const, text: u })),
  ];
}

/**
 * 我的日程: a leader's month of reception slots (published plans), the receptions, outreach and 约访 they held, duty
 * days and leave or meetings; below, the matters raised at their receptions, their owned cases (包案) and
 * instructions (批示), each with its petition's state.
 */
export function MyCalendar() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const today = chinaDate(new Date());
  const [month, setMonth] = useState(today.slice(0, 7));
  const { data } = useQuery({ queryKey: ['duty', 'calendar', month], queryFn: () => fetchMyCalendar(month) });
  // The receptions this leader held (接访记录 where they are a receiving leader): the month's for the calendar, the
  // latest page for the matters raised there.
  const { first, last } = monthSpan(month);
  const held =
    useQuery({
      queryKey: ['reception', 'records', 'mine', month],
      queryFn: async () => (await fetchRecords({ mine: true, from: first, to: last })).items,
    }).data ?? [];
  const recent =
    useQuery({ queryKey: ['reception', 'records', 'mine'], queryFn: async () => (await fetchRecords({ mine: true })).items }).data ?? [];
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
      case 'held':
        return `${t(`reception.records.kinds.${e.text.kind}`)} ${chinaDateTime(new Date(e.text.heldAt)).slice(11, 16)}`;
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
                  {entriesOn(data, held, day).map((e) => (
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
                  <Link to={`/petitions/${c.petition.id}`} style={UNDERLINED}>
                    {c.petition.number}
                  </Link>{' '}
                  {c.petition.title}
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
                  <Link to={`/petitions/${p.id}`} style={UNDERLINED}>
                    {p.number}
                  </Link>{' '}
                  {p.title}
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('reception.calendarMatters')} data-testid="calendar-matters">
        <List
          dataSource={recent.flatMap((r) => r.matters.map((m) => ({ record: r, matter: m })))}
          locale={{ emptyText: none }}
          renderItem={({ record, matter }) => (
            <List.Item extra={<StatusTag status={matter.petition.status} />}>
              <Link to={`/petitions/${matter.petition.id}`} style={UNDERLINED}>
                {matter.petition.number}
              </Link>{' '}
              {matter.title}
              <Typography.Text type="secondary">
                {' '}
                · {t(`reception.records.kinds.${record.kind}`)} {chinaDate(new Date(record.heldAt))}
              </Typography.Text>
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}
