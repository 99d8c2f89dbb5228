import { DEADLINE_GRADES, DEADLINE_SCOPES, type DeadlineScope, type PetitionStatus, type DeadlineGrade } from '@xinfang/domain';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  ATTENTION_COLOUR,
  Alert,
  Button,
  Card,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
  PageHeader,
} from '../../../ui';
import { useCurrentUser } from '../../auth/hooks/useMe';
import { remainingText } from '../../calendar/clocks';
import { DeadlineCell } from '../../petitions/components/DeadlineCell';
import { StatusTag } from '../../petitions/components/labels';
import { DEADLINES_LIMIT, type BoardRow, type DeadlineItem } from '../api/types';
import { useDeadlineBoard, useDeadlines } from '../hooks/useWorkflow';
import { boardTotals, listFilter, type ListFilter } from '../supervision';

const GRADE_COLUMNS = [
  { key: 'open', field: 'open', grade: undefined, colour: undefined },
  { key: 'due_soon', field: 'dueSoon', grade: 'due_soon', colour: '#d46b08' },
  { key: 'due_today', field: 'dueToday', grade: 'due_today', colour: '#d4380d' },
  { key: 'overdue', field: 'overdue', grade: 'overdue', colour: ATTENTION_COLOUR },
] as const;

/** 预警看板: per body, its open clocks by grade; each number opens the deadline list filtered to it. */
function Board({ onPick }: { onPick: (f: ListFilter) => void }) {
  const { t } = useTranslation();
  const { data, isPending, error } = useDeadlineBoard(true);
  const rows = data ?? [];
  const totals = boardTotals(rows);
  const cell = (r: BoardRow | null, c: (typeof GRADE_COLUMNS)[number]) => {
    const n = r ? r[c.field] : totals[c.field];
    if (!n) return <Typography.Text type="secondary">0</Typography.Text>;
    const label = t('supervision.openList', {
      org: r?.org.name ?? t('supervision.allBodies'),
      grade: t(`supervision.grades.${c.key}`),
      count: n,
    });
    return (
      <Button
        type="link"
        size="small"
        aria-label={label}
        title={label}
        style={{ padding: 0, color: c.colour, fontWeight: c.colour ? 600 : undefined }}
        onClick={() => onPick({ scope: 'all', grade: c.grade, orgId: r?.org.id })}
      >
        {n}
      </Button>
    );
  };
  const columns: TableColumnsType<BoardRow> = [
    { title: t('supervision.org'), render: (_, r) => r.org.name },
    ...GRADE_COLUMNS.map((c) => ({
      title: t(`supervision.grades.${c.key}`),
      width: 110,
      align: 'right' as const,
      render: (_: unknown, r: BoardRow) => cell(r, c),
    })),
  ];
  return (
    <Card title={t('supervision.board')} size="small" data-testid="deadline-board">
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      <Table<BoardRow>
        rowKey={(r) => r.org.id}
        size="small"
        loading={isPending}
        columns={columns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('supervision.noOpen') }}
        summary={() =>
          rows.length > 1 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <Typography.Text strong>{t('supervision.total')}</Typography.Text>
              </Table.Summary.Cell>
              {GRADE_COLUMNS.map((c, i) => (
                <Table.Summary.Cell key={c.key} index={i + 1} align="right">
                  {cell(null, c)}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          ) : null
        }
      />
    </Card>
  );
}

/** 期限清单: open clocks of my body or of all bodies I may see, by grade (and body, from the board). */
function DeadlineList({ filter, onChange }: { filter: ListFilter; onChange: (f: ListFilter) => void }) {
  const { t, i18n } = useTranslation();
  const { data, isPending, error } = useDeadlines(filter.scope, filter.grade);
  const items = (data ?? []).filter((i) => !filter.orgId || i.org.id === filter.orgId);
  const orgName = filter.orgId ? (data ?? []).find((i) => i.org.id === filter.orgId)?.org.name : undefined;
  const columns: TableColumnsType<DeadlineItem> = [
    { title: t('list.number'), width: 150, render: (_, i) => <Link to={`/petitions/${i.petition.id}`}>{i.petition.number}</Link> },
    { title: t('list.subject'), width: 280, render: (_, i) => i.petition.title },
    { title: t('list.status'), width: 90, render: (_, i) => <StatusTag status={i.petition.status as PetitionStatus} /> },
    { title: t('supervision.org'), width: 180, render: (_, i) => i.org.name },
    { title: t('deadline.clock'), width: 150, render: (_, i) => i.clock.label },
    { title: t('deadline.dueAt'), width: 170, render: (_, i) => <DeadlineCell clock={i.clock} /> },
    {
      title: t('supervision.remaining'),
      width: 160,
      render: (_, i) => (i.clock.remainingMs === null ? '—' : remainingText(i.clock.remainingMs, i18n.language)),
    },
  ];
  return (
    <Card title={t('supervision.list')} size="small" data-testid="deadline-list">
      <Space wrap style={{ marginBottom: 12 }}>
        <Radio.Group
          aria-label={t('supervision.scope')}
          optionType="button"
          value={filter.scope}
          onChange={(e) => onChange({ ...filter, scope: e.target.value as DeadlineScope, orgId: undefined })}
          options={DEADLINE_SCOPES.map((s) => ({ value: s, label: t(`supervision.scopes.${s}`) }))}
        />
        <Select<DeadlineGrade | 'any'>
          aria-label={t('supervision.grade')}
          style={{ width: 140 }}
          value={filter.grade ?? 'any'}
          onChange={(g) => onChange({ ...filter, grade: g === 'any' ? undefined : g })}
          options={[
            { value: 'any', label: t('supervision.anyGrade') },
            ...DEADLINE_GRADES.map((g) => ({ value: g, label: t(`deadline.grades.${g}`) })),
          ]}
        />
        {filter.orgId && (
          <Tag
            closable
            onClose={() => onChange({ ...filter, orgId: undefined })}
            closeIcon={<span aria-label={t('supervision.clearOrg')}>×</span>}
          >
            {t('supervision.orgFilter', { org: orgName ?? `#${filter.orgId}` })}
          </Tag>
        )}
        <Typography.Text type="secondary">
          {(data?.length ?? 0) >= DEADLINES_LIMIT
            ? t('supervision.capped', { count: DEADLINES_LIMIT })
            : t('common.total', { total: items.length })}
        </Typography.Text>
      </Space>
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      <Table<DeadlineItem>
        rowKey={(i) => `${i.petition.id}-${i.clock.key}`}
        size="small"
        loading={isPending}
        columns={columns}
        dataSource={items}
        pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText: t('supervision.noOpen') }}
        scroll={{ x: 1180 }}
      />
    </Card>
  );
}

/** 督查督办: the warning board (who may supervise) and the deadline list; the filter is kept in the URL. */
export function Supervision() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const canSupervise = me.permissions.includes('petition.supervise');
  const [params, setParams] = useSearchParams();
  const filter = listFilter(params, canSupervise ? 'all' : 'own');
  const apply = (f: ListFilter) => {
    const next = new URLSearchParams();
    next.set('scope', f.scope);
    if (f.grade) next.set('grade', f.grade);
    if (f.orgId) next.set('org', String(f.orgId));
    setParams(next, { replace: true });
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader title={t('supervision.title')} />
      {canSupervise && <Board onPick={apply} />}
      <DeadlineList filter={filter} onChange={apply} />
    </Space>
  );
}
