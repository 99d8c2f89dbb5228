import { chinaDate, DUE_SOON_WORKING_DAYS, type InboxSection, type RateKey } from '@xinfang/domain';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../api/client';
import type { ApiAnswer } from '../../../api/openapi';
import { ATTENTION_COLOUR, Card, Col, Empty, List, Row, Space, Table, Typography } from '../../../ui';
import { useCurrentUser } from '../../auth/hooks/useMe';
import { fetchByHandler, fetchPetitions } from '../../petitions/api/petitions';
import type { ListFilters, PetitionListItem } from '../../petitions/api/types';
import { DeadlineCell } from '../../petitions/components/DeadlineCell';
import { filtersToSearch } from '../../petitions/filters';
import { fetchOverview, fetchSeries } from '../../stats/api/stats';
import { RateValue } from '../../stats/components/RateValue';
import { drillUrl } from '../../stats/drill';
import { useDeadlineBoard, useInbox, useMyOwnerships } from '../../workflow/hooks/useWorkflow';
import { fetchAwaitingInstructions, fetchCount } from '../api/home';
import { screensOf, type Screen } from '../screens';

const SHOWN = 5;

/** A figure of the first screen: its count, from the same query as the list it opens. */
function Figure({
  id,
  label,
  value,
  to,
  attention,
}: {
  id: string;
  label: string;
  value: number | undefined;
  to: string;
  attention?: boolean;
}) {
  const red = attention && !!value;
  return (
    <Col xs={12} md={8}>
      <Link to={to} data-testid={`figure-${id}`} aria-label={`${label} ${value ?? ''}`}>
        <Card size="small" hoverable>
          <Typography.Text type="secondary">{label}</Typography.Text>
          <div style={{ fontSize: 26, fontWeight: 600, color: red ? ATTENTION_COLOUR : undefined }} data-testid={`figure-${id}-value`}>
            {value ?? '…'}
          </div>
        </Card>
      </Link>
    </Col>
  );
}

/** A figure counted by the work list's own query, opening that list. */
function ListFigure({ id, label, filters, attention }: { id: string; label: string; filters: ListFilters; attention?: boolean }) {
  const { data } = useQuery({ queryKey: ['petitions', 'count', filters], queryFn: () => fetchCount(filters) });
  return <Figure id={id} label={label} value={data} to={`/petitions?${filtersToSearch(filters).toString()}`} attention={attention} />;
}

/** The first rows of an inbox section, most urgent first, with its true count and the way to all of it. */
function InboxList({ section, empty }: { section: InboxSection; empty: string }) {
  const { t } = useTranslation();
  const { data, isPending } = useInbox();
  const items = data?.sections[section] ?? [];
  const total = data?.totals[section];
  return (
    <Card
      size="small"
      title={
        <span>
          {t(`inbox.sections.${section}`)}
          {total !== undefined && t('inbox.count', { count: total })}
        </span>
      }
      extra={<Link to={`/inbox?tab=${section}`}>{t('workbench.viewAll')}</Link>}
      data-testid={`home-inbox-${section}`}
    >
      <PetitionRows items={items} loading={isPending} empty={empty} />
    </Card>
  );
}

/** A short list of petitions, each opening its detail, with its due time. */
function PetitionRows<T extends Pick<PetitionListItem, 'id' | 'number' | 'title' | 'deadline'>>({
  items,
  loading,
  empty,
  testId,
}: {
  items: T[];
  loading: boolean;
  empty: string;
  testId?: string;
}) {
  return (
    <List<T>
      size="small"
      loading={loading}
      dataSource={items.slice(0, SHOWN)}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
      data-testid={testId}
      renderItem={(p) => (
        <List.Item key={p.id}>
          <Space wrap>
            <Link to={`/petitions/${p.id}`}>{p.number}</Link>
            <span>{p.title}</span>
            <DeadlineCell clock={p.deadline} />
          </Space>
        </List.Item>
      )}
    />
  );
}

function Panel({ screen, title, children }: { screen: Screen; title: string; children: ReactNode }) {
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{title}</h2>} data-testid={`home-${screen}`}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {children}
      </Space>
    </Card>
  );
}

const startOfToday = (today: string) => `${today}T00:00:00+08:00`;
const monthStart = (today: string) => `${today.slice(0, 8)}01`;

function RegistrarHome({ today, orgId }: { today: string; orgId: number }) {
  const { t } = useTranslation();
  const filters: ListFilters = { from: startOfToday(today), orgId };
  const list = useQuery({ queryKey: ['petitions', 'list', filters, SHOWN], queryFn: () => fetchPetitions(filters, undefined, SHOWN) });
  return (
    <Panel screen="registrar" title={t('home.registrar')}>
      <Row gutter={[12, 12]}>
        <ListFigure id="intake" label={t('home.intakeToday')} filters={filters} />
      </Row>
      <PetitionRows items={list.data?.items ?? []} loading={list.isPending} empty={t('home.noIntake')} testId="home-intake-list" />
      <InboxList section="route" empty={t('home.noRouting')} />
    </Panel>
  );
}

/** The handler's and the head's "overdue" and "due soon" (within DUE_SOON_WORKING_DAYS working days), most urgent first. */
const OVERDUE: ListFilters = { deadline: 'overdue', sort: 'dueAt', order: 'asc' };
const DUE_SOON: ListFilters = { dueWithin: DUE_SOON_WORKING_DAYS, sort: 'dueAt', order: 'asc' };
const listUrl = (filters: ListFilters) => `/petitions?${filtersToSearch(filters).toString()}`;

/** The first rows of a work list, as the list sorts them, with the way to all of it. */
function ListPreview({ id, title, filters, empty }: { id: string; title: string; filters: ListFilters; empty: string }) {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: ['petitions', 'list', filters, SHOWN], queryFn: () => fetchPetitions(filters, undefined, SHOWN) });
  return (
    <Card size="small" title={title} extra={<Link to={listUrl(filters)}>{t('workbench.viewAll')}</Link>} data-testid={`home-${id}`}>
      <PetitionRows items={list.data?.items ?? []} loading={list.isPending} empty={empty} />
    </Card>
  );
}

function HandlerHome() {
  const { t } = useTranslation();
  const days = DUE_SOON_WORKING_DAYS;
  return (
    <Panel screen="handler" title={t('home.handler')}>
      <Row gutter={[12, 12]}>
        <ListFigure id="overdue" label={t('workbench.grade.overdue')} filters={OVERDUE} attention />
        <ListFigure id="due_soon" label={t('home.dueWithin', { days })} filters={DUE_SOON} />
      </Row>
      <ListPreview id="due-soon" title={t('home.dueSoonList', { days })} filters={DUE_SOON} empty={t('home.noDueSoon', { days })} />
      <ListPreview id="overdue" title={t('home.overdueList')} filters={OVERDUE} empty={t('home.noOverdue')} />
      <InboxList section="handle" empty={t('home.noHandling')} />
      <InboxList section="assist" empty={t('home.noAssist')} />
    </Panel>
  );
}

/**
 * The body's 承办人, each with their overdue and soon-due matters, and a last row for the matters no 承办人 has acted
 * on yet; each figure opens exactly that list.
 */
function ByHandlerTable() {
  const { t } = useTranslation();
  const { data, isPending } = useQuery({ queryKey: ['petitions', 'by-handler'], queryFn: fetchByHandler });
  const days = data?.dueSoonWorkingDays ?? DUE_SOON_WORKING_DAYS;
  type Row = { key: string; name: string; overdue: number; dueSoon: number; whose: ListFilters };
  const rows: Row[] = data
    ? [
        ...data.rows.map((r) => ({ key: `handler-${r.handler.id}`, name: r.handler.name, ...r, whose: { handlerId: r.handler.id } })),
        ...(data.unhandled.overdue || data.unhandled.dueSoon
          ? [{ key: 'unhandled', name: t('home.unhandledRow'), ...data.unhandled, whose: { unhandled: true } }]
          : []),
      ]
    : [];
  const figure = (r: Row, label: string, count: number, filters: ListFilters, attention: boolean) => (
    <Link
      to={listUrl({ ...filters, ...r.whose })}
      aria-label={t('home.handlerFigure', { name: r.name, figure: label, count })}
      style={attention && count ? { color: ATTENTION_COLOUR, fontWeight: 600 } : undefined}
    >
      {count}
    </Link>
  );
  return (
    <Card size="small" title={t('home.byHandler')} data-testid="home-by-handler">
      <Table<Row>
        rowKey="key"
        size="small"
        pagination={false}
        loading={isPending}
        dataSource={rows}
        locale={{ emptyText: t('home.noHandlers') }}
        columns={[
          { key: 'name', title: t('home.handlerColumn'), render: (_, r) => r.name },
          {
            key: 'overdue',
            title: t('workbench.grade.overdue'),
            render: (_, r) => figure(r, t('workbench.grade.overdue'), r.overdue, OVERDUE, true),
          },
          {
            key: 'dueSoon',
            title: t('home.dueWithin', { days }),
            render: (_, r) => figure(r, t('home.dueWithin', { days }), r.dueSoon, { ...DUE_SOON, dueWithin: days }, false),
          },
        ]}
      />
    </Card>
  );
}

/** The bodies with matters overdue now (the warning board's rows), each opening exactly its overdue list. */
function OverdueByBody() {
  const { t } = useTranslation();
  const { data, isPending } = useDeadlineBoard(true);
  const rows = (data ?? []).filter((r) => r.overdue > 0).slice(0, SHOWN);
  return (
    <Card
      size="small"
      title={t('home.overdueByBody')}
      extra={<Link to="/supervision">{t('workbench.viewAll')}</Link>}
      data-testid="home-overdue-bodies"
    >
      <List
        size="small"
        loading={isPending}
        dataSource={rows}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.noOverdue')} /> }}
        renderItem={(r) => (
          <List.Item key={r.org.id}>
            <span>{r.org.name}</span>
            <Link to={`/supervision?scope=all&grade=overdue&org=${r.org.id}`} style={{ color: ATTENTION_COLOUR, fontWeight: 600 }}>
              {t('home.overdueCount', { count: r.overdue })}
            </Link>
          </List.Item>
        )}
      />
    </Card>
  );
}

function HeadHome({ today, orgId }: { today: string; orgId: number }) {
  const { t } = useTranslation();
  const reworked = { stat: 'reworked' as const, orgId, from: monthStart(today), to: today };
  const { data } = useQuery({
    queryKey: ['petitions', 'count', reworked],
    queryFn: () => fetchCount({ stat: reworked.stat, statOrg: orgId, statFrom: reworked.from, statTo: reworked.to }),
  });
  return (
    <Panel screen="head" title={t('home.head')}>
      <Row gutter={[12, 12]}>
        <Figure id="reworked" label={t('home.reworkedMonth')} value={data} to={drillUrl(reworked)} />
      </Row>
      <InboxList section="approve" empty={t('home.noApprovals')} />
      <ByHandlerTable />
    </Panel>
  );
}

const BOARD_FIGURES = [
  { field: 'overdue', grade: 'overdue', attention: true },
  { field: 'dueToday', grade: 'due_today', attention: true },
  { field: 'dueSoon', grade: 'due_soon', attention: false },
] as const;

function SupervisorHome() {
  const { t } = useTranslation();
  const { data } = useDeadlineBoard(true);
  const sum = (f: (typeof BOARD_FIGURES)[number]['field']) => (data ? data.reduce((n, r) => n + r[f], 0) : undefined);
  return (
    <Panel screen="supervisor" title={t('home.supervisor')}>
      <Row gutter={[12, 12]}>
        {BOARD_FIGURES.map((b) => (
          <Figure
            key={b.field}
            id={`board-${b.grade}`}
            label={t(`workbench.grade.${b.grade}`)}
            value={sum(b.field)}
            to={`/supervision?scope=all&grade=${b.grade}`}
            attention={b.attention}
          />
        ))}
      </Row>
      <OverdueByBody />
    </Panel>
  );
}

const KEY_RATES: RateKey[] = ['timely_acceptance', 'on_time_conclusion', 'rating_participation', 'satisfaction_bureau'];
const TREND_MONTHS = 6;

/** The last months of a rate as a small line (no chart library: the workbench stays light). */
function Sparkline({ values, label }: { values: (number | null)[]; label: string }) {
  const points = values.map((v, i) => (v === null ? null : `${(i / Math.max(values.length - 1, 1)) * 100},${30 - v * 28}`));
  return (
    <svg viewBox="0 0 100 32" width="100%" height="32" role="img" aria-label={label} preserveAspectRatio="none">
      <polyline
        points={points.filter(Boolean).join(' ')}
        fill="none"
        stroke="#595959"
        strokeWidth="1.5"
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}

function LeaderHome({ today, orgId }: { today: string; orgId: number }) {
  const { t } = useTranslation();
  const month = { orgId, from: monthStart(today), to: today };
  const overview = useQuery({ queryKey: ['stats', 'overview', month], queryFn: () => fetchOverview(month) });
  const trendFrom = new Date(`${monthStart(today)}T00:00:00+08:00`);
  trendFrom.setMonth(trendFrom.getMonth() - (TREND_MONTHS - 1));
  const trendRange = { orgId, from: monthStart(chinaDate(trendFrom)), to: today };
  const trend = useQuery({
    queryKey: ['stats', 'series', trendRange, KEY_RATES],
    queryFn: () => fetchSeries(trendRange, 'month', KEY_RATES),
  });
  const owned = useMyOwnerships();
  const awaiting = useQuery({ queryKey: ['workflow', 'instructions', 'awaiting'], queryFn: fetchAwaitingInstructions });
  return (
    <Panel screen="leader" title={t('home.leader')}>
      <Row gutter={[12, 12]}>
        {KEY_RATES.map((key) => {
          const rate = overview.data?.rates.find((r) => r.key === key);
          return (
            <Col key={key} xs={12} md={6} data-testid={`home-rate-${key}`}>
              <Card size="small">
                <Typography.Text type="secondary">{t(`stats.rates.${key}`)}</Typography.Text>
                <div style={{ fontSize: 22, fontWeight: 600 }}>
                  {rate ? <RateValue rateKey={key} rate={rate} orgId={orgId} range={overview.data!.period} /> : '…'}
                </div>
                <Sparkline
                  values={trend.data?.series[key] ?? []}
                  label={t('home.trend', { rate: t(`stats.rates.${key}`), months: TREND_MONTHS })}
                />
              </Card>
            </Col>
          );
        })}
      </Row>
      <Card
        size="small"
        title={
          <span>
            {t('ownerships.title')}
            {owned.data && t('inbox.count', { count: owned.data.length })}
          </span>
        }
        extra={<Link to="/ownerships">{t('workbench.viewAll')}</Link>}
        data-testid="home-owned"
      >
        <PetitionRows items={(owned.data ?? []).map((o) => o.petition)} loading={owned.isPending} empty={t('home.noOwned')} />
      </Card>
      <Card
        size="small"
        title={
          <span>
            {t('home.instructionsAwaiting')}
            {awaiting.data && t('inbox.count', { count: awaiting.data.total })}
          </span>
        }
        data-testid="home-instructions"
      >
        <PetitionRows items={awaiting.data?.items ?? []} loading={awaiting.isPending} empty={t('home.noInstructions')} />
      </Card>
    </Panel>
  );
}

/** The first screen of each of the user's roles, most urgent first (screens.ts). */
export function RoleHome() {
  const me = useCurrentUser();
  const today = chinaDate(new Date());
  const canReadOrg = me.permissions.includes('org.read');
  const org = useQuery({
    queryKey: ['orgs', 'own', me.org.id],
    queryFn: async () => (await api<ApiAnswer<'/api/orgs/{id}'>>(`/orgs/${me.org.id}`)).org,
    enabled: canReadOrg && me.roles.includes('leader'),
  });
  const screens = screensOf(me.roles, org.data?.kind);
  const render: Record<Screen, () => ReactNode> = {
    handler: () => <HandlerHome />,
    head: () => <HeadHome today={today} orgId={me.org.id} />,
    registrar: () => <RegistrarHome today={today} orgId={me.org.id} />,
    supervisor: () => <SupervisorHome />,
    leader: () => <LeaderHome today={today} orgId={me.org.id} />,
  };
  return (
    <>
      {screens.map((s) => (
        <div key={s}>{render[s]()}</div>
      ))}
    </>
  );
}
