import { useTranslation } from 'react-i18next';
import { Card, Descriptions, Space, Tag, Typography, formatChineseDate, formatDate, formatDateTime } from '../../../../ui';
import type { Decision } from '../../api/types';
import { reviewRoute } from '../../model';
import { Pre } from './common';

const OUTCOME_COLOURS: Record<Decision['outcome'], string> = {
  support: 'green',
  explain: 'blue',
  reject: 'red',
  uphold: 'blue',
  revoke: 'red',
  vary: 'orange',
  redo: 'orange',
};

/** One 信访处理意见书 (复查意见书, 复核意见书) as issued: request, facts, reasons, basis, the remedy route, delivery. */
function DecisionDocument({ d }: { d: Decision }) {
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

/** 处理意见书: every decision issued, oldest first. */
export function DecisionsCard({ items }: { items: Decision[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('workflow.sections.decisions')} size="small" data-testid="wf-decisions">
      <Space orientation="vertical" style={{ width: '100%' }}>
        {items.map((d) => (
          <DecisionDocument key={d.id} d={d} />
        ))}
      </Space>
    </Card>
  );
}
