import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { bimonthOf, bimonthsOf, chinaDate, MATTER_FIGURES, type MatterFigure, type ReceptionLevel } from '@xinfang/domain';
import { Alert, Button, Drawer, Flex, Form, formatDateTime, Input, Select, Space, Switch, Table, Typography } from '../../../ui';
import { filtersToSearch } from '../../petitions/filters';
import {
  complianceFileUrl,
  fetchCompliance,
  fetchComplianceRecords,
  type ComplianceQuery,
  type ComplianceRecord,
  type ComplianceTally,
  type RecordFigure,
  type RecordsQuery,
} from '../api/compliance';

const COUNTS = ['planned', 'held', 'missed', 'upcoming', 'unscheduled', 'outreach', 'invitation', 'batches', 'persons'] as const;
const RECORD_FIGURES: readonly string[] = ['unscheduled', 'outreach', 'invitation', 'batches'] satisfies RecordFigure[];

/** A row of the tables: a leader, a level's subtotal or the total, with what its drill-downs are narrowed by. */
interface Row {
  key: string;
  name: string;
  org: string;
  level: ReceptionLevel | null;
  tally: ComplianceTally;
  /** The records drill-down of the row: one leader, one level, or all. */
  narrow: Pick<RecordsQuery, 'leaderId' | 'level'>;
}

/**
 * 合规情况: a body's leaders' reception days kept or missed in a two-month period (or any other), the rules applied
 * to what was held, the visitors as context only, the matters raised and how they ended. Each count opens what it
 * counts: the receptions (a drawer) or the petitions (the work list). Excel and Word for the 通报.
 */
export function CompliancePanel({ orgId }: { orgId: number }) {
  const { t } = useTranslation();
  const today = chinaDate(new Date());
  const year = Number(today.slice(0, 4));
  const presets = [...bimonthsOf(year), ...bimonthsOf(year - 1)].filter((b) => b.first <= today);
  const [preset, setPreset] = useState(() => bimonthOf(today).first);
  const [custom, setCustom] = useState({ from: bimonthOf(today).first, to: today });
  const [subordinates, setSubordinates] = useState(false);
  const [drill, setDrill] = useState<RecordsQuery | null>(null);
  const chosen = presets.find((b) => b.first === preset);
  const period = chosen ? { from: chosen.first, to: chosen.last } : custom;
  const query: ComplianceQuery = { orgId, ...period, subordinates };
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(period.from) && /^\d{4}-\d{2}-\d{2}$/.test(period.to) && period.from <= period.to;
  const report = useQuery({ queryKey: ['reception', 'compliance', query], queryFn: () => fetchCompliance(query), enabled: valid });
  const r = report.data;

  const rows: Row[] = r
    ? [
        ...r.leaders.map((l) => ({
          key: `leader-${l.leader.id}`,
          name: l.leader.name,
          org: l.org.name,
          level: l.level,
          tally: l,
          narrow: { leaderId: l.leader.id },
        })),
        ...(r.levels.length > 1 || r.leaders.length > 1
          ? r.levels.map((l) => ({
              key: `level-${l.level}`,
              name: t('reception.compliance.subtotal', { level: t(`reception.levels.${l.level}`) }),
              org: '',
              level: l.level,
              tally: l,
              narrow: { level: l.level },
            }))
          : []),
        { key: 'total', name: t('reception.compliance.total'), org: '', level: null, tally: r.total, narrow: {} },
      ]
    : [];

  const figureName = (f: string) =>
    (MATTER_FIGURES as readonly string[]).includes(f)
      ? t(`reception.compliance.figures.${f as MatterFigure}`)
      : t(`reception.compliance.${f as (typeof COUNTS)[number]}`);
  /** A count as the link to what it counts, or plain when there is nothing to open. */
  const countCell = (row: Row, f: (typeof COUNTS)[number] | MatterFigure) => {
    const value = (MATTER_FIGURES as readonly string[]).includes(f)
      ? row.tally.matters[f as MatterFigure]
      : row.tally[f as (typeof COUNTS)[number]];
    const label = t('reception.compliance.drill', { figure: `${row.name} ${figureName(f)}`, count: value });
    if (!value) return value;
    if (RECORD_FIGURES.includes(f))
      return (
        <Button
          type="link"
          size="small"
          aria-label={label}
          onClick={() => setDrill({ ...query, figure: f as RecordFigure, ...row.narrow })}
        >
          {value}
        </Button>
      );
    if ((MATTER_FIGURES as readonly string[]).includes(f))
      return (
        <Link
          aria-label={label}
          style={{ textDecoration: 'underline' }}
          to={`/petitions?${filtersToSearch({
            receptionFigure: f as MatterFigure,
            receptionLeader: row.tally.leaderIds,
            receptionFrom: period.from,
            receptionTo: period.to,
          }).toString()}`}
        >
          {value}
        </Link>
      );
    return value;
  };
  /** A heading over a table of the rows: name, body (and level), then a column per figure. */
  const countsTable = (heading: string, figures: readonly ((typeof COUNTS)[number] | MatterFigure)[], withLevel: boolean) => (
    <>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {heading}
      </Typography.Title>
      <Table<Row>
        size="small"
        rowKey="key"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        columns={[
          ...nameColumns,
          ...(withLevel
            ? [
                {
                  title: t('reception.compliance.level'),
                  width: 130,
                  render: (_: unknown, row: Row) => (row.level ? t(`reception.levels.${row.level}`) : ''),
                },
              ]
            : []),
          ...figures.map((f) => ({ title: figureName(f), align: 'right' as const, render: (_: unknown, row: Row) => countCell(row, f) })),
        ]}
      />
    </>
  );
  const nameColumns = [
    {
      title: t('reception.compliance.leader'),
      fixed: 'left' as const,
      width: 150,
      render: (_: unknown, row: Row) => <strong>{row.name}</strong>,
    },
    { title: t('reception.compliance.org'), width: 150, render: (_: unknown, row: Row) => row.org },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex gap="middle" wrap align="center">
        <Form.Item label={t('reception.compliance.period')} style={{ marginBottom: 0 }}>
          <Select
            aria-label={t('reception.compliance.period')}
            style={{ width: 200 }}
            value={preset}
            onChange={setPreset}
            options={[
              ...presets.map((b) => ({
                value: b.first,
                label: t('reception.compliance.bimonth', {
                  year: b.first.slice(0, 4),
                  first: Number(b.first.slice(5, 7)),
                  last: Number(b.last.slice(5, 7)),
                }),
              })),
              { value: 'custom', label: t('reception.compliance.custom') },
            ]}
          />
        </Form.Item>
        {preset === 'custom' && (
          <>
            <Form.Item label={t('reception.compliance.from')} htmlFor="compliance-from" style={{ marginBottom: 0 }}>
              <Input
                id="compliance-from"
                type="date"
                value={custom.from}
                onChange={(e) => setCustom({ ...custom, from: e.target.value })}
              />
            </Form.Item>
            <Form.Item label={t('reception.compliance.to')} htmlFor="compliance-to" style={{ marginBottom: 0 }}>
              <Input id="compliance-to" type="date" value={custom.to} onChange={(e) => setCustom({ ...custom, to: e.target.value })} />
            </Form.Item>
          </>
        )}
        <Form.Item label={t('reception.compliance.subordinates')} style={{ marginBottom: 0 }}>
          <Switch aria-label={t('reception.compliance.subordinates')} checked={subordinates} onChange={setSubordinates} />
        </Form.Item>
        <Button href={complianceFileUrl(query, 'xlsx')} disabled={!valid}>
          {t('reception.compliance.excel')}
        </Button>
        <Button href={complianceFileUrl(query, 'docx')} disabled={!valid}>
          {t('reception.compliance.word')}
        </Button>
      </Flex>
      {report.error && <Alert type="error" showIcon title={(report.error as Error).message} />}
      {r && (
        <>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {r.title}
          </Typography.Title>
          <Typography.Text type="secondary">
            {r.checkedTo ? t('reception.compliance.checkedTo', { date: r.checkedTo }) : t('reception.compliance.notStarted')}
          </Typography.Text>
          {countsTable(t('reception.compliance.plan'), COUNTS, true)}
          <Typography.Text type="secondary">{t('reception.compliance.context')}</Typography.Text>
          {countsTable(t('reception.compliance.matters'), MATTER_FIGURES, false)}
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('reception.compliance.violations')}
          </Typography.Title>
          {r.violations.length ? (
            <ul data-testid="compliance-violations">
              {r.violations.map((v) => (
                <li key={`${v.org.id}-${v.kind}-${v.date}`}>
                  {v.org.name}：{t(`reception.violationKinds.${v.kind}`)}（
                  {v.kind === 'week_short'
                    ? t('reception.compliance.weekShort', { date: v.date, held: v.held, required: v.required })
                    : v.date}
                  ）
                </li>
              ))}
            </ul>
          ) : (
            <Typography.Text>{t('reception.compliance.noViolations')}</Typography.Text>
          )}
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('reception.compliance.missedList')}
          </Typography.Title>
          {r.missed.length ? (
            <ul>
              {r.missed.map((m) => (
                <li key={`${m.leader.id}-${m.date}`}>
                  {m.date} {m.leader.name}（{m.org.name}）
                </li>
              ))}
            </ul>
          ) : (
            <Typography.Text>{t('reception.compliance.noMissed')}</Typography.Text>
          )}
        </>
      )}
      <RecordsDrawer query={drill} onClose={() => setDrill(null)} title={drill ? figureName(drill.figure) : ''} />
    </Space>
  );
}

/** The receptions behind a count: when, which kind, who received, where, how many came. */
function RecordsDrawer({ query, onClose, title }: { query: RecordsQuery | null; onClose: () => void; title: string }) {
  const { t } = useTranslation();
  const records = useQuery({
    queryKey: ['reception', 'compliance', 'records', query],
    queryFn: () => fetchComplianceRecords(query!),
    enabled: !!query,
  });
  return (
    <Drawer open={!!query} onClose={onClose} size="large" title={t('reception.compliance.records', { figure: title })}>
      <Table<ComplianceRecord>
        size="small"
        rowKey="id"
        loading={records.isLoading}
        pagination={false}
        dataSource={records.data ?? []}
        columns={[
          { title: t('reception.compliance.heldAt'), render: (_, x) => formatDateTime(x.heldAt) },
          { title: t('reception.compliance.kind'), render: (_, x) => t(`reception.records.kinds.${x.kind}`) },
          { title: t('reception.compliance.leader'), render: (_, x) => x.leaders.map((l) => l.name).join('、') },
          { title: t('reception.compliance.place'), dataIndex: 'place' },
          { title: t('reception.compliance.visitors'), dataIndex: 'visitors', align: 'right' },
        ]}
      />
    </Drawer>
  );
}
