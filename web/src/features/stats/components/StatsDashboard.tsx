import { VOLUME_FIELDS, WORKFLOW_FIELDS } from '@xinfang/domain';
import { useTranslation } from 'react-i18next';
import { Alert, Col, Row, Space, Typography, formatDateTime, PageHeader, Skeleton } from '../../../ui';
import { useOverview, useStatsParams } from '../hooks/useStats';
import { BreakdownCard } from './BreakdownCard';
import { CountTiles } from './CountTiles';
import { HotIssues } from './HotIssues';
import { OverdueBodies } from './OverdueBodies';
import { RateCards } from './RateCards';
import { StatsToolbar } from './StatsToolbar';
import { TrendChart } from './TrendChart';

const CATEGORY_LEVELS = ['category1', 'category2', 'category3'] as const;

/** 统计概览: rates, counts, trend and breakdowns of a body (with those below) in a period; every figure opens its petitions. */
export function StatsDashboard() {
  const { t } = useTranslation();
  const params = useStatsParams();
  const { query, today } = params;
  const { data: overview, error } = useOverview(query);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader
        title={t('stats.overview')}
        extra={overview && <Typography.Text type="secondary">{t('stats.asOf', { time: formatDateTime(overview.asOf) })}</Typography.Text>}
      />
      <StatsToolbar params={params} />
      {error && <Alert type="error" showIcon title={error.message} />}
      {overview ? (
        <>
          <Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>
            {t('stats.keyRates')}
          </Typography.Title>
          <RateCards overview={overview} />
          <Row gutter={[12, 12]}>
            <Col xs={24} xl={12}>
              <CountTiles title={t('stats.volume')} fields={VOLUME_FIELDS} figures={overview.volume} overview={overview} today={today} />
            </Col>
            <Col xs={24} xl={12}>
              <CountTiles
                title={t('stats.workflow')}
                fields={WORKFLOW_FIELDS}
                figures={overview.workflow}
                overview={overview}
                today={today}
              />
            </Col>
          </Row>
        </>
      ) : (
        !error && <Skeleton active />
      )}
      <TrendChart params={params} />
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={12}>
          <BreakdownCard title={t('stats.byChannel')} dims={['channel']} query={query} testId="by-channel" />
        </Col>
        <Col xs={24} xl={12}>
          <BreakdownCard title={t('stats.byType')} dims={['type']} query={query} shape="pie" testId="by-type" />
        </Col>
        <Col xs={24} xl={12}>
          <BreakdownCard title={t('stats.byCategory')} dims={CATEGORY_LEVELS} query={query} testId="by-category" />
        </Col>
        <Col xs={24} xl={12}>
          <BreakdownCard title={t('stats.byRegion')} dims={['region']} query={query} testId="by-region" />
        </Col>
        <Col xs={24} xl={12}>
          <OverdueBodies query={query} today={today} />
        </Col>
        <Col xs={24} xl={12}>
          <HotIssues query={query} />
        </Col>
      </Row>
    </Space>
  );
}
