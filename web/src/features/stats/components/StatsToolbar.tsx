import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DatePicker, Radio, Space, Typography } from '../../../ui';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import type { StatsParams } from '../hooks/useStats';
import { PERIOD_KINDS, periodOf, type PeriodKind } from '../period';

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** 统计范围 (a body the user may see; those below it count too) and 统计期间 (月 / 季 / 年 / 自定义). */
export function StatsToolbar({ params }: { params: StatsParams }) {
  const { t } = useTranslation();
  const { query, period, today, setScope, setPeriod } = params;
  const { kind } = period;
  const future = (d: Dayjs) => day(d) > today;
  // Another kind keeps the days (自定义) or takes the month, quarter or year of the last day shown.
  const changeKind = (next: PeriodKind) => setPeriod(next === 'custom' ? { ...period, kind: next } : periodOf(next, period.to, today));
  return (
    <Space wrap size="middle">
      <OrgTreeSelect
        aria-label={t('stats.scope')}
        activeOnly={false}
        value={query.orgId}
        onChange={(id) => id && setScope(id)}
        style={{ width: 260 }}
      />
      <Radio.Group
        aria-label={t('stats.period')}
        optionType="button"
        value={kind}
        onChange={(e) => changeKind(e.target.value as PeriodKind)}
        options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`stats.periodKinds.${k}`) }))}
      />
      {kind === 'custom' ? (
        <DatePicker.RangePicker
          aria-label={t('stats.period')}
          allowClear={false}
          disabledDate={future}
          value={[dayjs(period.from), dayjs(period.to)]}
          onChange={(r) => r?.[0] && r[1] && setPeriod({ kind: 'custom', from: day(r[0]), to: day(r[1]) })}
        />
      ) : (
        <DatePicker
          aria-label={t('stats.period')}
          picker={kind}
          allowClear={false}
          disabledDate={future}
          value={dayjs(period.from)}
          onChange={(d) => d && setPeriod(periodOf(kind, day(d), today))}
        />
      )}
      <Typography.Text type="secondary">{t('stats.range', { from: period.from, to: period.to })}</Typography.Text>
    </Space>
  );
}
