import { useTranslation } from 'react-i18next';
import { Card, Col, Row, Space } from '../../../ui';
import type { Overview, RateFigure } from '../api/types';
import { rateChange } from '@xinfang/domain';
import { Change } from './Change';
import { RateValue, useFormatRate } from './RateValue';

function RateCard({ rate, overview }: { rate: RateFigure; overview: Overview }) {
  const { t } = useTranslation();
  const format = useFormatRate(rate.key);
  return (
    <Card size="small" title={t(`stats.rates.${rate.key}`)} data-testid={`rate-${rate.key}`}>
      <div style={{ fontSize: 26, fontWeight: 600 }}>
        <RateValue rateKey={rate.key} rate={rate} orgId={overview.scope.id} range={overview.period} />
      </div>
      <Space size="middle" wrap>
        <Change
          label={t('stats.previous')}
          change={rateChange(rate.key, rate.value, rate.previous)}
          range={overview.previous}
          earlier={format(rate.previous)}
        />
        <Change
          label={t('stats.lastYear')}
          change={rateChange(rate.key, rate.value, rate.lastYear)}
          range={overview.lastYear}
          earlier={format(rate.lastYear)}
        />
      </Space>
    </Card>
  );
}

/** 关键指标: each rate (— without a denominator), its parts in a tooltip, 环比 and 同比; it opens its petitions. */
export function RateCards({ overview }: { overview: Overview }) {
  return (
    <Row gutter={[12, 12]}>
      {overview.rates.map((r) => (
        <Col key={r.key} xs={24} sm={12} lg={8} xxl={6}>
          <RateCard rate={r} overview={overview} />
        </Col>
      ))}
    </Row>
  );
}
