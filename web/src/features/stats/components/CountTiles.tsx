import { countNeedsAttention, type StatName } from '@xinfang/domain';
import { useTranslation } from 'react-i18next';
import { Card, Col, Row, Space, Typography } from '../../../ui';
import type { Compared, Overview } from '../api/types';
import { figureOf } from '../drill';
import { countChange } from '@xinfang/domain';
import { Change } from './Change';
import { FigureLink } from './FigureLink';

interface Props<F extends StatName> {
  title: string;
  fields: readonly F[];
  figures: Record<F, Compared>;
  overview: Overview;
  today: string;
}

/** Counts (信访批次, 人次, the flags; 转送, 交办, 督办 …), each opening its petitions, with 环比 and 同比. */
export function CountTiles<F extends StatName>({ title, fields, figures, overview, today }: Props<F>) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title}>
      <Row gutter={[12, 16]}>
        {fields.map((f) => {
          const { value, previous, lastYear } = figures[f];
          return (
            <Col key={f} xs={12} md={8} xl={6} data-testid={`count-${f}`}>
              <Typography.Text type="secondary">{t(`stats.measures.${f}`)}</Typography.Text>
              <div style={{ fontSize: 22, fontWeight: 600 }}>
                <FigureLink
                  figure={figureOf(f, overview.scope.id, overview.period, today)}
                  empty={!value}
                  attention={countNeedsAttention(f, value)}
                >
                  {value}
                </FigureLink>
              </div>
              <Space orientation="vertical" size={0}>
                <Change
                  label={t('stats.previous')}
                  change={countChange(value, previous)}
                  range={overview.previous}
                  earlier={String(previous ?? '—')}
                />
                <Change
                  label={t('stats.lastYear')}
                  change={countChange(value, lastYear)}
                  range={overview.lastYear}
                  earlier={String(lastYear ?? '—')}
                />
              </Space>
            </Col>
          );
        })}
      </Row>
    </Card>
  );
}
