import { dueShort, type DisputeAction } from '@xinfang/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dynamicKey } from '../../../i18n/keys';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  PageHeader,
  ReasonDialog,
  Skeleton,
  Space,
  Tag,
  Timeline,
  Typography,
  formatDate,
  formatDateTime,
} from '../../../ui';
import {
  agreementDocxUrl,
  attachmentUrl,
  fetchDispute,
  revealPartyPhone,
  reportDocxUrl,
  type ActionAnswer,
  type Dispute,
  type Issued,
} from '../api/disputes';
import { Tag as PlainTag } from '../../../ui/plain';
import { ActionDialog } from './ActionDialog';
import { StatusTag } from './StatusTag';

const GRADE_COLOUR = { normal: 'green', due_soon: 'gold', due_today: 'orange', overdue: 'red' } as const;

/** A dispute: header with its actions, facts, parties, clocks, sessions, agreement, follow-ups, reports, history. */
export function DisputeDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const key = ['disputes', 'detail', id];
  const query = useQuery({ queryKey: key, queryFn: () => fetchDispute(id) });
  const [open, setOpen] = useState<DisputeAction | null>(null);
  const [issued, setIssued] = useState<Issued | null>(null);

  if (query.isPending) return <Skeleton active />;
  if (query.isError)
    return (
      <>
        <PageHeader title={t('disputes.detail.loadFailed')} />
        <Alert type="error" showIcon title={query.error.message} />
      </>
    );
  const d = query.data;
  const done = (answer: ActionAnswer) => {
    client.setQueryData(key, answer.dispute);
    void client.invalidateQueries({ queryKey: ['disputes', 'list'] });
    if (answer.issued) setIssued(answer.issued);
    setOpen(null);
  };
  const reload = () => {
    setOpen(null);
    void query.refetch();
  };

  return (
    <>
      <PageHeader
        title={t('disputes.detail.title', { number: d.number })}
        heading={<span data-testid="dispute-number">{d.number}</span>}
        extra={<StatusTag status={d.status} />}
        actions={
          <Space wrap>
            {d.actions.map((a) => (
              <Button key={a} type={a === d.actions[0] ? 'primary' : 'default'} onClick={() => setOpen(a)}>
                {t(dynamicKey(`disputes.actions.${a}`))}
              </Button>
            ))}
          </Space>
        }
      />
      {open && <ActionDialog dispute={d} action={open} onClose={() => setOpen(null)} onDone={done} onReload={reload} />}
      <div style={{ display: 'flex', flexDirection: 'column', gap: 12, maxWidth: 960 }}>
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }} data-testid="dispute-title">
          {d.title}
        </Typography.Title>
        {issued && (
          <Alert
            type="success"
            showIcon
            data-testid="issued"
            title={t('disputes.detail.issued', { number: issued.number, code: issued.queryCode })}
            action={<Link to={`/petitions/${issued.petitionId}`}>{t('disputes.detail.openPetition')}</Link>}
          />
        )}
        {d.actions.length === 0 && <Typography.Text type="secondary">{t('disputes.detail.noActions')}</Typography.Text>}
        <Basics d={d} />
        <Parties d={d} />
        <Clocks d={d} />
        <Sessions d={d} />
        <Agreement d={d} />
        <Reports d={d} />
        <History d={d} />
      </div>
    </>
  );
}

function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{title}</h2>} data-testid={testId}>
      {children}
    </Card>
  );
}

function Basics({ d }: { d: Dispute }) {
  const { t } = useTranslation();
  const petitionLink = (p: { id: number; number: string } | null) => p && <Link to={`/petitions/${p.id}`}>{p.number}</Link>;
  return (
    <Section title={t('disputes.detail.facts')} testId="dispute-basics">
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{d.facts}</Typography.Paragraph>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered={false}>
        <Descriptions.Item label={t('disputes.detail.kind')}>{t(dynamicKey(`disputes.kinds.${d.kind}`))}</Descriptions.Item>
        <Descriptions.Item label={t('disputes.detail.source')}>{t(dynamicKey(`disputes.sources.${d.source}`))}</Descriptions.Item>
        <Descriptions.Item label={t('disputes.detail.place')}>{d.address}</Descriptions.Item>
        <Descriptions.Item label={t('disputes.detail.foundOn')}>{formatDate(d.foundOn)}</Descriptions.Item>
        <Descriptions.Item label={t('disputes.detail.org')}>{d.org.name}</Descriptions.Item>
        <Descriptions.Item label={t('disputes.detail.registeredOrg')}>{d.registeredOrg.name}</Descriptions.Item>
        {d.escalatedTo && <Descriptions.Item label={t('disputes.detail.escalatedTo')}>{d.escalatedTo.name}</Descriptions.Item>}
        {d.mediators.length > 0 && <Descriptions.Item label={t('disputes.detail.mediators')}>{d.mediators.join('、')}</Descriptions.Item>}
        {d.legalRoute && (
          <Descriptions.Item label={t('disputes.detail.legalRoute')}>
            {t(dynamicKey(`disputes.legalRoutes.${d.legalRoute}`))}
          </Descriptions.Item>
        )}
        {d.sourcePetition && (
          <Descriptions.Item label={t('disputes.detail.sourcePetition')}>{petitionLink(d.sourcePetition)}</Descriptions.Item>
        )}
        {d.petition && <Descriptions.Item label={t('disputes.detail.petition')}>{petitionLink(d.petition)}</Descriptions.Item>}
      </Descriptions>
    </Section>
  );
}

/** A party's masked phone with 查看: the full number for a stated reason, which the audit trail keeps. */
function PartyPhone({ disputeId, partyId, masked }: { disputeId: number; partyId: number; masked: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState<string | null>(null);
  return (
    <span>
      {` ${t('disputes.detail.phone')}：${shown ?? masked}`}
      {!shown && (
        <Button size="small" type="link" onClick={() => setOpen(true)}>
          {t('disputes.detail.showPhone')}
        </Button>
      )}
      {open && (
        <ReasonDialog
          title={t('disputes.detail.showPhone')}
          label={t('disputes.detail.showPhoneReason')}
          notice={t('disputes.detail.showPhoneNotice')}
          onClose={() => setOpen(false)}
          onSubmit={async (reason) => {
            setShown(await revealPartyPhone(disputeId, partyId, reason));
            setOpen(false);
          }}
        />
      )}
    </span>
  );
}

function Parties({ d }: { d: Dispute }) {
  const { t } = useTranslation();
  return (
    <Section title={t('disputes.detail.parties')} testId="dispute-parties">
      <ol style={{ margin: 0, paddingInlineStart: 20 }}>
        {d.partyList.map((p) => (
          <li key={p.id} style={{ marginBottom: 8 }}>
            <strong>{p.name}</strong> <Tag>{t(dynamicKey(`disputes.partyKinds.${p.kind}`))}</Tag>
            {p.phone && <PartyPhone disputeId={d.id} partyId={p.id} masked={p.phone} />}
            {p.address && <span>{` ${t('disputes.detail.address')}：${p.address}`}</span>}
            <div>
              {t('disputes.detail.claim')}：{p.claim}
            </div>
          </li>
        ))}
      </ol>
    </Section>
  );
}

function Clocks({ d }: { d: Dispute }) {
  const { t } = useTranslation();
  return (
    <Section title={t('disputes.detail.clocks')} testId="dispute-clocks">
      {d.clocks.length === 0 ? (
        <Typography.Text type="secondary">{t('disputes.detail.noClocks')}</Typography.Text>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {d.clocks.map((c) => (
            <li key={c.key}>
              {c.label}：{t('disputes.detail.due')} {dueShort(c.dueAt)}{' '}
              {c.grade ? (
                <PlainTag colour={GRADE_COLOUR[c.grade]}>{t(dynamicKey(`workbench.grade.${c.grade}`))}</PlainTag>
              ) : (
                <Tag>{t('disputes.detail.stopped')}</Tag>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function Sessions({ d }: { d: Dispute }) {
  const { t } = useTranslation();
  return (
    <Section title={t('disputes.detail.sessions')} testId="dispute-sessions">
      {d.sessions.length === 0 ? (
        <Typography.Text type="secondary">{t('disputes.detail.noSessions')}</Typography.Text>
      ) : (
        d.sessions.map((s) => (
          <div key={s.id} style={{ marginBottom: 8 }}>
            <strong>{formatDate(s.heldOn)}</strong> {s.place} · {t('disputes.detail.mediators')}：{s.mediators.join('、')} ·{' '}
            {t('disputes.detail.present')}：{s.present.join('、')}
            <div style={{ whiteSpace: 'pre-wrap' }}>{s.note}</div>
          </div>
        ))
      )}
    </Section>
  );
}

function Agreement({ d }: { d: Dispute }) {
  const { t } = useTranslation();
  const a = d.agreement;
  if (!a) return null;
  return (
    <Section title={t('disputes.detail.agreement')} testId="dispute-agreement">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('disputes.detail.concludedOn')}>{formatDate(a.concludedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('disputes.detail.terms')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{a.terms}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('disputes.detail.performance')}>{a.performance}</Descriptions.Item>
        <Descriptions.Item label={t('disputes.detail.signedBy')}>{a.signedBy.join('、')}</Descriptions.Item>
        <Descriptions.Item label={t('disputes.detail.mediators')}>{a.mediators.join('、')}</Descriptions.Item>
        <Descriptions.Item label={t('disputes.detail.followUpOn')}>{formatDate(a.followUpOn)}</Descriptions.Item>
        <Descriptions.Item label={t('disputes.detail.scan')}>
          {a.scan ? (
            <a href={attachmentUrl(a.scan.id)} target="_blank" rel="noreferrer">
              {a.scan.filename}
            </a>
          ) : (
            t('disputes.detail.noScan')
          )}
        </Descriptions.Item>
        {a.court && (
          <Descriptions.Item label={t('disputes.detail.judicial')}>
            {t('disputes.detail.judicialText', { court: a.court, date: formatDate(a.confirmedOn) })}
          </Descriptions.Item>
        )}
      </Descriptions>
      <a href={agreementDocxUrl(d.id)} download data-testid="agreement-docx">
        {t('disputes.detail.agreementDocx')}
      </a>
      {d.followUps.length > 0 && (
        <>
          <h3 style={{ fontSize: 14, marginTop: 12 }}>{t('disputes.detail.followUps')}</h3>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {d.followUps.map((f) => (
              <li key={f.id}>
                {formatDate(f.visitedOn)} {t(dynamicKey(`disputes.followUpResults.${f.result}`))}：{f.note}
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

function Reports({ d }: { d: Dispute }) {
  const { t } = useTranslation();
  if (!d.reports.length) return null;
  return (
    <Section title={t('disputes.detail.reports')} testId="dispute-reports">
      {d.reports.map((r) => (
        <div key={r.id} style={{ marginBottom: 8 }}>
          <strong>{t('disputes.detail.reportOf', { org: r.org.name, date: formatDate(r.issuedOn) })}</strong>
          <div>
            {t('disputes.detail.reportReason')}：{r.reason}
          </div>
          <div>
            {t('disputes.detail.reportSuggestion')}：{r.suggestion}
          </div>
          <a href={reportDocxUrl(d.id, r.id)} download data-testid="report-docx">
            {t('disputes.detail.reportDocx')}
          </a>
        </div>
      ))}
    </Section>
  );
}

function History({ d }: { d: Dispute }) {
  const { t } = useTranslation();
  if (!d.events.length) return <Empty />;
  return (
    <Section title={t('disputes.detail.events')} testId="dispute-events">
      <Timeline
        items={d.events.map((e) => ({
          key: e.id,
          content: (
            <span>
              {formatDateTime(e.at, 'minute')}{' '}
              <strong>
                {e.kind === 'registered'
                  ? t('disputes.detail.registeredEvent')
                  : e.kind === 'personal_data_viewed'
                    ? t('disputes.detail.phoneViewedEvent')
                    : t(dynamicKey(`disputes.actions.${e.kind}`))}
              </strong>{' '}
              · {e.actor}（{e.actorOrg}）{e.from !== e.to && <> → {t(dynamicKey(`disputes.statuses.${e.to}`))}</>}
            </span>
          ),
        }))}
      />
    </Section>
  );
}
