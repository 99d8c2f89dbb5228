import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ArrowDownOutlined, ArrowUpOutlined, Tooltip, Typography } from '../../../ui';
import type { DayRange } from '../api/types';
import type { Change as ChangeValue } from '@xinfang/domain';

interface Props {
  /** 环比 or 同比. */
  label: string;
  change: ChangeValue | null;
  /** The earlier period and its figure as written on the card (e.g. 12 or 85.0%). */
  range: DayRange;
  earlier: string;
}

/** A change's size in its unit: 20.0%, 3.5 个百分点, 56 件 (a count on a small base is whole). */
export function changeAmount(t: TFunction, change: ChangeValue) {
  return t(`stats.units.${change.unit}`, { value: change.unit === 'count' ? String(change.amount) : change.amount.toFixed(1) });
}

/** 环比 ↑ 20.0% — neither good nor bad in itself, so in one colour; the earlier figure in a tooltip. */
export function Change({ label, change, range, earlier }: Props) {
  const { t } = useTranslation();
  const amount = change && change.direction !== 'flat' ? changeAmount(t, change) : null;
  return (
    <Tooltip title={t('stats.earlier', { label, range: t('stats.range', { from: range.from, to: range.to }), value: earlier })}>
      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }} tabIndex={0}>
        {label}{' '}
        {!change ? (
          t('stats.noBase')
        ) : change.direction === 'flat' ? (
          t('stats.flat')
        ) : (
          <>
            {change.direction === 'up' ? (
              <ArrowUpOutlined aria-label={t('stats.up')} />
            ) : (
              <ArrowDownOutlined aria-label={t('stats.down')} />
            )}{' '}
            {amount}
          </>
        )}
      </Typography.Text>
    </Tooltip>
  );
}
