import { useTranslation } from 'react-i18next';
import {
  Alert,
  Card,
  Descriptions,
  List,
  Progress,
  Space,
  Table,
  Tag,
  Typography,
  formatChineseDate,
  formatDate,
  formatDateTime,
  type TableColumnsType,
} from '../../../ui';
import { dueDate } from '../../calendar/clocks';
import type { PetitionDetail } from '../../petitions/api/types';
import type { Assignment, Decision, Extension, HandlingRecord, OwnershipEntry, Proceeding, Supervision } from '../api/types';
import { ownershipChecklist, ownershipProgress, responsibilityRows, reviewRoute, type ResponsibilityRow } from '../model';

const ASSIGNMENT_COLOURS: Record<Assignment['status'], string> = {
  pending: 'blue',
  received: 'green',
  returned: 'red',
  done: 'default',
  withdrawn: 'default',
};
const EXTENSION_COLOURS: Record<Extension['status'], string> = { pending: 'gold', approved: 'green', rejected: 'red' };
const OUTCOME_COLOURS: Record<Decision['outcome'], string> = { support: 'green', explain: 'blue', reject: 'red' };

const due = (iso: string | null) => (iso ? dueDate(iso) : '—');
const dash = (s: string | null | undefined) => (s && s.trim() ? s : '—');
const Pre = ({ text }: { text: string | null | undefined }) => <div style={{ whiteSpace: 'pre-wrap' }}>{dash(text)}</div>;

/** 办理流转: each 转送, 交办 and 协办, from body to body, with its state. */
function AssignmentsCard({ items }: { items: Assignment[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Assignment> = [
    { title: t('workflow.columns.mode'), width: 70, render: (_, a) => t(`workflow.modes.${a.mode}`) },
    { title: t('workflow.columns.from'), render: (_, a) => a.fromOrg.name },
    { title: t('workflow.columns.to'), render: (_, a) => a.toOrg.name },
    {
      title: t('workflow.columns.status'),
      width: 90,
      render: (_, a) => <Tag color={ASSIGNMENT_COLOURS[a.status]}>{t(`workflow.assignmentStatuses.${a.status}`)}</Tag>,
    },
    { title: t('workflow.columns.dueAt'), width: 110, render: (_, a) => due(a.dueAt) },
    {
      title: t('workflow.columns.requirements'),
      render: (_, a) => (
        <Space orientation="vertical" size={0}>
          <Pre text={a.requirements ?? a.task} />
          {a.returnReason && <Typography.Text type="danger">{t('workflow.returnedBecause', { reason: a.returnReason })}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('workflow.columns.times'),
      width: 210,
      render: (_, a) => (
        <Space orientation="vertical" size={0}>
          {(
            [
              ['sentAt', a.createdAt],
              ['returnedAt', a.returnedAt],
              ['receivedAt', a.receivedAt],
              ['repliedAt', a.repliedAt],
            ] as const
          )
            .filter((e): e is readonly [(typeof e)[0], string] => !!e[1])
            .sort((x, y) => Date.parse(x[1]) - Date.parse(y[1]))
            .map(([key, at]) => (
              <span key={key}>{t(`workflow.${key}`, { at: formatDateTime(at) })}</span>
            ))}
        </Space>
      ),
    },
  ];
  return (
    <Card title={t('workflow.sections.flow')} size="small" data-testid="wf-assignments">
      <Table<Assignment> rowKey="id" size="small" pagination={false} columns={columns} dataSource={items} scroll={{ x: 900 }} />
    </Card>
  );
}

/** 责任分摊表: the 主办 body and every 协办 body with its task, who answers for it, by when, and its reply. */
function ResponsibilityCard({ rows }: { rows: ResponsibilityRow[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ResponsibilityRow> = [
    {
      title: t('workflow.columns.role'),
      width: 70,
      render: (_, r) => <Tag color={r.role === 'lead' ? 'red' : 'blue'}>{t(`workflow.roles.${r.role}`)}</Tag>,
    },
    { title: t('workflow.columns.org'), render: (_, r) => r.org.name },
    { title: t('workflow.columns.task'), render: (_, r) => <Pre text={r.task ?? (r.role === 'lead' ? t('workflow.leadTask') : null)} /> },
    { title: t('workflow.columns.owner'), width: 100, render: (_, r) => dash(r.owner) },
    { title: t('workflow.columns.dueAt'), width: 110, render: (_, r) => due(r.dueAt) },
    {
      title: t('workflow.columns.status'),
      width: 90,
      render: (_, r) => (r.status ? <Tag color={ASSIGNMENT_COLOURS[r.status]}>{t(`workflow.assignmentStatuses.${r.status}`)}</Tag> : '—'),
    },
    {
      title: t('workflow.columns.reply'),
      render: (_, r) =>
        r.role === 'lead' ? (
          '—'
        ) : r.reply ? (
          <Pre text={r.reply} />
        ) : (
          <Typography.Text type="warning">{t('workflow.awaitingReply')}</Typography.Text>
        ),
    },
  ];
  return (
    <Card title={t('workflow.sections.responsibility')} size="small" data-testid="wf-responsibility">
      <Table<ResponsibilityRow> rowKey="key" size="small" pagination={false} columns={columns} dataSource={rows} scroll={{ x: 800 }} />
    </Card>
  );
}

/** The particulars of a record by its kind: the hearing's dates, whether mediation agreed, the relief given. */
function RecordDetails({ r }: { r: HandlingRecord }) {
  const { t } = useTranslation();
  const extra: string[] = [];
  if (r.kind === 'hearing' && (r.hearingFrom || r.hearingTo))
    extra.push(t('workflow.hearingSpan', { from: dash(r.hearingFrom), to: dash(r.hearingTo) }));
  if (r.kind === 'mediation' && r.agreement !== null) extra.push(t(`workflow.options.agreement.${r.agreement ? 'yes' : 'no'}`));
  if (r.kind === 'relief')
    extra.push(
      t('workflow.reliefText', {
        kind: dash(r.reliefKind),
        amount: r.reliefAmount === null ? '—' : r.reliefAmount.toLocaleString('zh-CN'),
      }),
    );
  return (
    <Space orientation="vertical" size={0}>
      {extra.map((e) => (
        <Typography.Text key={e} strong>
          {e}
        </Typography.Text>
      ))}
      <Pre text={r.note} />
    </Space>
  );
}

function RecordsCard({ items }: { items: HandlingRecord[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<HandlingRecord> = [
    { title: t('workflow.columns.date'), width: 110, render: (_, r) => r.occurredOn },
    { title: t('workflow.columns.kind'), width: 100, render: (_, r) => <Tag>{t(`workflow.options.recordKinds.${r.kind}`)}</Tag> },
    { title: t('workflow.columns.content'), render: (_, r) => <RecordDetails r={r} /> },
    { title: t('workflow.columns.org'), width: 180, render: (_, r) => r.org.name },
    { title: t('workflow.columns.recordedBy'), width: 170, render: (_, r) => `${r.createdBy} ${formatDateTime(r.createdAt)}` },
  ];
  return (
    <Card title={t('workflow.sections.records')} size="small" data-testid="wf-records">
      <Table<HandlingRecord> rowKey="id" size="small" pagination={false} columns={columns} dataSource={items} scroll={{ x: 800 }} />
    </Card>
  );
}

function ExtensionsCard({ items }: { items: Extension[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Extension> = [
    { title: t('workflow.columns.days'), width: 80, render: (_, e) => t('workflow.daysValue', { days: e.days }) },
    { title: t('workflow.columns.reason'), render: (_, e) => <Pre text={e.reason} /> },
    { title: t('workflow.columns.requestedBy'), width: 170, render: (_, e) => `${e.requestedBy} ${formatDateTime(e.requestedAt)}` },
    {
      title: t('workflow.columns.status'),
      width: 90,
      render: (_, e) => <Tag color={EXTENSION_COLOURS[e.status]}>{t(`workflow.extensionStatuses.${e.status}`)}</Tag>,
    },
    {
      title: t('workflow.columns.decidedBy'),
      width: 170,
      render: (_, e) => (e.decidedBy ? `${e.decidedBy} ${formatDateTime(e.decidedAt)}` : '—'),
    },
    { title: t('workflow.columns.note'), render: (_, e) => <Pre text={e.note} /> },
  ];
  return (
    <Card title={t('workflow.sections.extensions')} size="small" data-testid="wf-extensions">
      <Table<Extension> rowKey="id" size="small" pagination={false} columns={columns} dataSource={items} scroll={{ x: 800 }} />
    </Card>
  );
}

/** One 信访处理意见书 (复查意见书, 复核意见书) as issued: request, facts, reasons, basis, the remedy route, delivery. */
export function DecisionDocument({ d }: { d: Decision }) {
  const { t, i18n } = useTranslation();
  return (
    <Card
      type="inner"
      size="small"
      title={
        <Space wrap>
          <span>{t(`workflow.stages.${d.stage}`)}</span>
          <Tag color={OUTCOME_COLOURS[d.outcome]}>{t(`workflow.options.outcomes.${d.outcome}`)}</Tag>
        </Space>
      }
      extra={
        <Typography.Text type="secondary">
          {t('workflow.issued', { org: d.org.name, date: i18n.language === 'en' ? formatDate(d.issuedAt) : formatChineseDate(d.issuedAt) })}
        </Typography.Text>
      }
    >
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('workflow.fields.request')}>
          <Pre text={d.request} />
        </Descriptions.Item>
        <Descriptions.Item label={t('workflow.fields.facts')}>
          <Pre text={d.facts} />
        </Descriptions.Item>
        <Descriptions.Item label={t('workflow.fields.decisionReasons')}>
          <Pre text={d.reasons} />
        </Descriptions.Item>
        <Descriptions.Item label={t('workflow.fields.basis')}>
          <Pre text={d.basis} />
        </Descriptions.Item>
        <Descriptions.Item label={t('workflow.fields.outcome')}>{t(`workflow.options.outcomes.${d.outcome}`)}</Descriptions.Item>
        <Descriptions.Item label={t('workflow.remedy')}>
          <span data-testid="review-route">{reviewRoute(d, i18n.language)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('workflow.issuedBy')}>
          {d.issuedBy} {formatDateTime(d.issuedAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('workflow.delivery')}>
          {d.delivery ? (
            <Space wrap>
              <span>{t(`workflow.options.methods.${d.delivery.method}`)}</span>
              <Tag color={d.delivery.result === 'signed' ? 'green' : 'orange'}>{t(`workflow.options.results.${d.delivery.result}`)}</Tag>
              <span>{d.delivery.deliveredOn}</span>
              {d.delivery.note && <Typography.Text type="secondary">{d.delivery.note}</Typography.Text>}
            </Space>
          ) : (
            <Typography.Text type="warning">{t('workflow.notDelivered')}</Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function ProceedingsCard({ items }: { items: Proceeding[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Proceeding> = [
    { title: t('workflow.columns.kind'), width: 70, render: (_, p) => t(`workflow.proceedingKinds.${p.kind}`) },
    { title: t('workflow.columns.org'), width: 200, render: (_, p) => p.org.name },
    { title: t('workflow.fields.requestedOn'), width: 110, render: (_, p) => p.requestedOn },
    { title: t('workflow.columns.reason'), render: (_, p) => <Pre text={p.reasons} /> },
    {
      title: t('workflow.columns.status'),
      width: 100,
      render: (_, p) => <Tag color={p.status === 'open' ? 'orange' : 'green'}>{t(`workflow.proceedingStatuses.${p.status}`)}</Tag>,
    },
  ];
  return (
    <Card title={t('workflow.sections.proceedings')} size="small" data-testid="wf-proceedings">
      <Table<Proceeding> rowKey="id" size="small" pagination={false} columns={columns} dataSource={items} scroll={{ x: 700 }} />
    </Card>
  );
}

function SupervisionsCard({ items }: { items: Supervision[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Supervision> = [
    {
      title: t('workflow.columns.kind'),
      width: 70,
      render: (_, s) => <Tag color={s.kind === 'supervise' ? 'red' : 'orange'}>{t(`workflow.supervisionKinds.${s.kind}`)}</Tag>,
    },
    { title: t('workflow.columns.fromTo'), width: 220, render: (_, s) => `${s.fromOrg.name} → ${s.toOrg.name}` },
    {
      title: t('workflow.columns.message'),
      render: (_, s) => (
        <Space orientation="vertical" size={0}>
          <Pre text={s.message} />
          <Typography.Text type="secondary">
            {s.createdBy} {formatDateTime(s.createdAt)}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('workflow.fields.replyDueDate'), width: 110, render: (_, s) => dash(s.replyDueOn) },
    {
      title: t('workflow.columns.reply'),
      render: (_, s) =>
        s.reply ? (
          <Space orientation="vertical" size={0}>
            <Pre text={s.reply} />
            {s.adopted !== null && (
              <Tag color={s.adopted ? 'green' : 'red'}>{t(`workflow.options.adopted.${s.adopted ? 'yes' : 'no'}`)}</Tag>
            )}
            <Typography.Text type="secondary">
              {dash(s.repliedBy)} {formatDateTime(s.repliedAt)}
            </Typography.Text>
          </Space>
        ) : (
          <Typography.Text type="warning">{t('workflow.awaitingReply')}</Typography.Text>
        ),
    },
  ];
  return (
    <Card title={t('workflow.sections.supervisions')} size="small" data-testid="wf-supervisions">
      <Table<Supervision> rowKey="id" size="small" pagination={false} columns={columns} dataSource={items} scroll={{ x: 900 }} />
    </Card>
  );
}

/** 领导包案: who owns the case since when, and the 三亲自三见面 checklist (pending items marked). */
export function OwnershipChecklist({ entries }: { entries: OwnershipEntry[] }) {
  const { t } = useTranslation();
  const lines = ownershipChecklist(entries);
  return (
    <List
      size="small"
      dataSource={lines}
      renderItem={(l) => (
        <List.Item key={l.item}>
          <Space wrap>
            <Tag color={l.done ? 'green' : 'default'}>{l.done ? t('workflow.itemDone') : t('workflow.itemPending')}</Tag>
            <Typography.Text strong>{t(`workflow.options.ownershipItems.${l.item}`)}</Typography.Text>
            {l.done && <span>{l.done.doneOn}</span>}
            {l.done && <Typography.Text type="secondary">{l.done.note}</Typography.Text>}
          </Space>
        </List.Item>
      )}
    />
  );
}

function OwnershipCard({ ownership }: { ownership: NonNullable<PetitionDetail['workflow']['ownership']> }) {
  const { t } = useTranslation();
  const progress = ownershipProgress(ownership.items);
  return (
    <Card title={t('workflow.sections.ownership')} size="small" data-testid="wf-ownership">
      <Descriptions column={{ xs: 1, md: 3 }} size="small">
        <Descriptions.Item label={t('workflow.ownershipLeader')}>
          {ownership.leader.name}（{ownership.org.name}）
        </Descriptions.Item>
        <Descriptions.Item label={t('workflow.since')}>{formatDate(ownership.since)}</Descriptions.Item>
        <Descriptions.Item label={t('workflow.progress')}>
          <Space>
            <Progress
              percent={Math.round((progress.done / progress.total) * 100)}
              steps={progress.total}
              showInfo={false}
              aria-label={t('workflow.progressText', progress)}
            />
            <span>{t('workflow.progressText', progress)}</span>
          </Space>
        </Descriptions.Item>
        {ownership.note && <Descriptions.Item label={t('workflow.fields.ownershipNote')}>{ownership.note}</Descriptions.Item>}
      </Descriptions>
      <OwnershipChecklist entries={ownership.items} />
    </Card>
  );
}

/** The handling workflow of the detail: every section that has something to show. */
export function WorkflowSections({ petition }: { petition: PetitionDetail }) {
  const { t } = useTranslation();
  const w = petition.workflow;
  if (!w) return null; // a server without the workflow
  const responsibility = responsibilityRows(petition.holder, w.assignments);
  const showResponsibility = responsibility.some((r) => r.role === 'assist');
  return (
    <>
      {w.decline && (
        <Card title={t('workflow.sections.decline')} size="small" data-testid="wf-decline">
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('workflow.fields.route')}>
              {t(`workflow.options.routes.${w.decline.route}`, { defaultValue: w.decline.route })}
            </Descriptions.Item>
            <Descriptions.Item label={t('workflow.fields.routeOrgId')}>{w.decline.routeOrg?.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('workflow.fields.declineReason')}>
              <Pre text={w.decline.reason} />
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      {w.backlog && (
        <Alert
          type={w.backlog.resolvedOn ? 'success' : 'error'}
          showIcon
          data-testid="wf-backlog"
          title={
            w.backlog.resolvedOn
              ? t('workflow.backlogResolved', { date: w.backlog.resolvedOn })
              : t('workflow.backlogOpen', { date: formatDate(w.backlog.markedAt) })
          }
          description={
            <Space orientation="vertical" size={0}>
              <span>{t('workflow.backlogReasonText', { reason: w.backlog.reason })}</span>
              {w.backlog.resolution && <span>{t('workflow.resolutionText', { text: w.backlog.resolution })}</span>}
            </Space>
          }
        />
      )}
      {w.instructions.length > 0 && (
        <Card title={t('workflow.sections.instructions')} size="small" data-testid="wf-instructions">
          <List
            size="small"
            dataSource={w.instructions}
            renderItem={(i) => (
              <List.Item key={i.id}>
                <Space orientation="vertical" size={0}>
                  <Pre text={i.text} />
                  <Typography.Text type="secondary">
                    {i.leader}（{i.org.name}） {formatDateTime(i.createdAt)}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </Card>
      )}
      {w.ownership && <OwnershipCard ownership={w.ownership} />}
      {w.assignments.length > 0 && <AssignmentsCard items={w.assignments} />}
      {showResponsibility && <ResponsibilityCard rows={responsibility} />}
      {w.extensions.length > 0 && <ExtensionsCard items={w.extensions} />}
      {w.records.length > 0 && <RecordsCard items={w.records} />}
      {w.decisions.length > 0 && (
        <Card title={t('workflow.sections.decisions')} size="small" data-testid="wf-decisions">
          <Space orientation="vertical" style={{ width: '100%' }}>
            {w.decisions.map((d) => (
              <DecisionDocument key={d.id} d={d} />
            ))}
          </Space>
        </Card>
      )}
      {w.report && (
        <Card title={t('workflow.sections.report')} size="small" data-testid="wf-report">
          <Pre text={w.report} />
        </Card>
      )}
      {w.proceedings.length > 0 && <ProceedingsCard items={w.proceedings} />}
      {w.supervisions.length > 0 && <SupervisionsCard items={w.supervisions} />}
    </>
  );
}
