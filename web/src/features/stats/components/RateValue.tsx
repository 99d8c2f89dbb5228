import { type RateKey, RATE_BY_KEY, rateNeedsAttention } from '@xinfang/domain';
import { useTranslation } from 'react-i18next';
import { Tooltip, formatPercent } from '../../../ui';
import type { DayRange } from '../api/types';
import { FigureLink } from './FigureLink';

/** A rate as written: 92.3%, the average answer time as 12.5 天, — when there is none. */
export function useFormatRate(key: RateKey) {
  const { t } = useTranslation();
  return (v: number | null) =>
    v !== null && key === 'average_answer_days' ? t('stats.daysValue', { value: v.toFixed(1) }) : formatPercent(v);
}

interface Props {
  rateKey: RateKey;
  rate: { value: number | null; numerator: number; denominator: number };
  orgId: number;
  range: DayRange;
}

/** A rate with its numerator and denominator in a tooltip; it opens the petitions its denominator counts. */
export function RateValue({ rateKey, rate, orgId, range }: Props) {
  const { t } = useTranslation();
  const format = useFormatRate(rateKey);
  const { numerator, denominator } = RATE_BY_KEY[rateKey];
  const tip = t('stats.rateTip', {
    numeratorName: t(`stats.measures.${numerator}`),
    numerator: rate.numerator,
    denominatorName: t(`stats.measures.${denominator}`),
    denominator: rate.denominator,
  });
  return (
    <Tooltip title={tip}>
      <span>
        <FigureLink
          figure={{ stat: denominator, orgId, ...range }}
          empty={!rate.denominator}
          name={t(`stats.rates.${rateKey}`)}
          attention={rateNeedsAttention(rateKey, rate.value)}
        >
          {format(rate.value)}
        </FigureLink>
      </span>
    </Tooltip>
  );
}
