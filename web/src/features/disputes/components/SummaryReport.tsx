import { SUMMARY_FIGURES, SUMMARY_PERIODS, type SummaryPeriod } from '@xinfang/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { dynamicKey } from '../../../i18n/keys';
import {
  Alert,
  AntApp,
  Button,
  Card,
  Form,
  Input,
  Radio,
  Skeleton,
  Space,
  Table,
  Typography,
  formatDateTime,
  useServerErrors,
} from '../../../ui';
import { Tag } from '../../../ui/plain';
import { useCurrentUser } from '../../auth/hooks/useMe';
import {
  fetchSummaryDraft,
  fetchSummaryFilers,
  fileSummary,
  type Summary,
  type SummaryDraft,
  type SummaryFiler,
  type SummaryFigures,
} from '../api/meetings';
import { defaultSummaryDay, summaryDay } from '../meetings';

const KEY = ['disputes', 'summaries'] as const;

/**
 * 日排查日报告 / 周报告: the reader's body's figures from the register with a one-click 报送 (a 零报告 when nothing was
 * found), or the summary filed; below, who of the area's villages and townships has filed. Counts only.
 */
export function SummaryReport() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [period, setPeriod] = useState<SummaryPeriod>('day');
  const [on, setOn] = useState(() => defaultSummaryDay('day'));
  const canFile = me.permissions.includes('dispute.register');
  const canRead = me.permissions.includes('dispute.read');

  const choosePeriod = (p: SummaryPeriod) => {
    setPeriod(p);
    setOn(p === 'week' ? summaryDay('week', on) : defaultSummaryDay('day'));
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 960 }}>
      <Form layout="inline" component="div">
        <Form.Item label={t('disputes.summaries.period')}>
          <Radio.Group
            optionType="button"
            value={period}
            onChange={(e) => choosePeriod(e.target.value as SummaryPeriod)}
            options={SUMMARY_PERIODS.map((p) => ({ value: p, label: t(dynamicKey(`disputes.summaries.periods.${p}`)) }))}
          />
        </Form.Item>
        <Form.Item label={period === 'week' ? t('disputes.summaries.weekOf') : t('disputes.summaries.day')} htmlFor="summary-on">
          <Input
            id="summary-on"
            type="date"
            value={on}
            max={defaultSummaryDay('day')}
            onChange={(e) => e.target.value && setOn(summaryDay(period, e.target.value))}
          />
        </Form.Item>
      </Form>
      {canFile && <OwnSummary period={period} on={on} />}
      {canRead && <Filers period={period} on={on} ownOrgId={me.org.id} />}
    </Space>
  );
}

function Figures({ figures }: { figures: Omit<SummaryFigures, 'zero'> }) {
  const { t } = useTranslation();
  return (
    <dl data-testid="summary-figures" style={{ display: 'flex', gap: 32, flexWrap: 'wrap', margin: '0 0 12px' }}>
      {SUMMARY_FIGURES.map((f) => (
        <div key={f} data-testid={`figure-${f}`}>
          <dt style={{ color: 'rgba(0,0,0,0.65)' }}>{t(dynamicKey(`disputes.summaries.figures.${f}`))}</dt>
          <dd style={{ margin: 0, fontSize: 24, fontWeight: 600 }}>{figures[f]}</dd>
        </div>
      ))}
    </dl>
  );
}

function OwnSummary({ period, on }: { period: SummaryPeriod; on: string }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const client = useQueryClient();
  const onServerError = useServerErrors();
  const key = [...KEY, 'draft', period, on];
  const query = useQuery({ queryKey: key, queryFn: () => fetchSummaryDraft(period, on) });
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const periodLabel = t(dynamicKey(`disputes.summaries.periods.${period}`));

  const file = async () => {
    setSaving(true);
    try {
      const summary = await fileSummary({ period, on, note: note.trim() });
      client.setQueryData<SummaryDraft>(key, (old) => (old ? { ...old, filed: summary } : old));
      void client.invalidateQueries({ queryKey: [...KEY, 'filers'] });
      void message.success(t('disputes.summaries.filedOk', { period: periodLabel }));
      setNote('');
    } catch (e) {
      onServerError(e);
      if (e instanceof ApiError && e.code === 'dispute_summary_filed') void query.refetch();
    } finally {
      setSaving(false);
    }
  };

  const title = <h2 style={{ fontSize: 16, margin: 0 }}>{t('disputes.summaries.mine', { period: periodLabel, on })}</h2>;
  if (query.isPending)
    return (
      <Card size="small" title={title}>
        <Skeleton active />
      </Card>
    );
  if (query.isError)
    return (
      <Card size="small" title={title}>
        <Alert type="error" showIcon title={query.error.message} />
      </Card>
    );
  const { figures, filed } = query.data;
  return (
    <Card size="small" title={title} data-testid="own-summary">
      {filed ? (
        <FiledSummary summary={filed} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('disputes.summaries.fromRegister')}</Typography.Paragraph>
          <Figures figures={figures} />
          {figures.zero && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('disputes.summaries.zeroHint')} />}
          <Form layout="vertical" component="div">
            <Form.Item label={t('disputes.summaries.note')} htmlFor="summary-note">
              <Input.TextArea id="summary-note" rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
            </Form.Item>
          </Form>
          <Button type="primary" loading={saving} onClick={() => void file()} data-testid="file-summary">
            {figures.zero ? t('disputes.summaries.fileZero') : t('disputes.summaries.file')}
          </Button>
        </>
      )}
    </Card>
  );
}

function FiledSummary({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  return (
    <div data-testid="filed-summary">
      <Space wrap style={{ marginBottom: 8 }}>
        <Tag colour="green">{t('disputes.summaries.filed')}</Tag>
        {summary.zero && <Tag colour="blue">{t('disputes.summaries.zero')}</Tag>}
        <Typography.Text type="secondary">
          {t('disputes.summaries.filedAt', { at: formatDateTime(summary.filedAt, 'minute') })}
        </Typography.Text>
      </Space>
      <Figures figures={summary} />
      {summary.note && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{summary.note}</Typography.Paragraph>}
    </div>
  );
}

function Filers({ period, on, ownOrgId }: { period: SummaryPeriod; on: string; ownOrgId: number }) {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: [...KEY, 'filers', period, on], queryFn: () => fetchSummaryFilers(period, on) });
  if (query.isPending) return <Skeleton active />;
  if (query.isError) return <Alert type="error" showIcon title={query.error.message} />;
  const { items, missing } = query.data;
  // A village's area is itself alone: nobody below it files.
  if (!items.some((i) => i.org.id !== ownOrgId)) return null;
  const figure = (f: (typeof SUMMARY_FIGURES)[number]) => ({
    key: f,
    title: t(dynamicKey(`disputes.summaries.figures.${f}`)),
    align: 'right' as const,
    render: (_: unknown, row: SummaryFiler) => row.summary?.[f] ?? '—',
  });
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('disputes.summaries.filers')}</h2>}
      extra={<span data-testid="filers-missing">{t('disputes.summaries.filersCount', { total: items.length, missing })}</span>}
    >
      <div data-testid="filers">
        <Table<SummaryFiler>
          rowKey={(row) => row.org.id}
          pagination={false}
          size="small"
          dataSource={items}
          onRow={(row) => (row.summary ? {} : ({ style: { background: '#fff1f0' }, 'data-testid': 'filer-missing' } as object))}
          columns={[
            { key: 'org', title: t('disputes.summaries.org'), render: (_, row) => row.org.name },
            ...SUMMARY_FIGURES.map(figure),
            {
              key: 'state',
              title: t('disputes.summaries.state'),
              render: (_, row) =>
                row.summary ? (
                  <Space size={4}>
                    <Tag colour="green">{t('disputes.summaries.filed')}</Tag>
                    {row.summary.zero && <Tag colour="blue">{t('disputes.summaries.zero')}</Tag>}
                  </Space>
                ) : (
                  <Tag colour="red" data-testid="not-filed">
                    {t('disputes.summaries.notFiled')}
                  </Tag>
                ),
            },
          ]}
          locale={{ emptyText: t('disputes.summaries.noFilers') }}
        />
      </div>
    </Card>
  );
}
