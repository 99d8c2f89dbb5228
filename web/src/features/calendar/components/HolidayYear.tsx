import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, AntApp, Button, Card, Descriptions, Select, Space, Table, Tag, formatDateTime, Skeleton } from '../../../ui';
import type { CalendarYear, SpecialDay } from '../api/calendar';
import { useCalendarStatus, useCalendarYear, useInvalidateCalendar } from '../hooks/useCalendar';
import { weekday, yearOptions } from '../model';
import { ImportYearModal } from './ImportYearModal';
import { YearEditorModal } from './YearEditorModal';
import { dynamicKey } from '../../../i18n/keys';

/** Status of the calendar (missing years), one year's days with their source, and entering a year. */
export function HolidayYear() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const status = useCalendarStatus();
  const invalidate = useInvalidateCalendar();
  const thisYear = new Date().getFullYear();
  const [chosen, setChosen] = useState<number | null>(null);
  const missing = useMemo(() => status.data?.missingYears ?? [], [status.data]);
  // Land on the first missing year: that is what needs doing.
  const year = chosen ?? missing[0] ?? thisYear;
  const { data, isPending } = useCalendarYear(year);
  const [mode, setMode] = useState<'edit' | 'import' | null>(null);
  const entered = status.data?.enteredYears.find((y) => y.year === year);

  const options = useMemo(
    () =>
      yearOptions([...(status.data?.packageYears ?? []), ...(status.data?.enteredYears ?? []).map((y) => y.year)], missing, thisYear).map(
        (y) => ({
          value: y,
          label: t('calendar.yearOption', { year: y }),
        }),
      ),
    [status.data, missing, thisYear, t],
  );

  const onSaved = (saved: CalendarYear) => {
    setMode(null);
    setChosen(saved.year);
    void message.success(t('calendar.saved', { year: saved.year }));
    void invalidate();
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {missing.length > 0 && <Alert type="warning" showIcon title={t('calendar.missing', { years: missing.join('、') })} />}
      <Card
        title={t('calendar.yearTitle', { year })}
        extra={
          <Space wrap>
            <Select
              aria-label={t('calendar.year')}
              value={year}
              options={options}
              onChange={setChosen}
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 120 }}
            />
            <Button type="primary" onClick={() => setMode('edit')}>
              {data?.source === 'entered' ? t('calendar.replace') : t('calendar.enter')}
            </Button>
            <Button onClick={() => setMode('import')}>{t('calendar.import')}</Button>
          </Space>
        }
      >
        {isPending || !data ? (
          <Skeleton active />
        ) : (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('calendar.source')}>
                {data.source === 'package' && <Tag color="blue">{t('calendar.sources.package')}</Tag>}
                {data.source === 'entered' && <Tag color="green">{t('calendar.sources.entered')}</Tag>}
                {data.source === null && <Tag color="orange">{t('calendar.sources.none')}</Tag>}
              </Descriptions.Item>
              {data.notice && <Descriptions.Item label={t('calendar.notice')}>{data.notice}</Descriptions.Item>}
              {entered && <Descriptions.Item label={t('calendar.enteredAt')}>{formatDateTime(entered.enteredAt)}</Descriptions.Item>}
            </Descriptions>
            <Table<SpecialDay>
              size="small"
              rowKey="date"
              dataSource={data.days}
              pagination={false}
              locale={{ emptyText: t('calendar.noDays') }}
              columns={[
                { title: t('calendar.date'), dataIndex: 'date', width: 140 },
                {
                  title: t('calendar.weekday'),
                  key: 'weekday',
                  width: 100,
                  render: (_, d) => t(dynamicKey(`calendar.weekdays.${weekday(d.date)}`)),
                },
                {
                  title: t('calendar.kind'),
                  dataIndex: 'kind',
                  width: 140,
                  render: (k: SpecialDay['kind']) => <Tag color={k === 'holiday' ? 'red' : 'default'}>{t(`calendar.kinds.${k}`)}</Tag>,
                },
                { title: t('calendar.name'), dataIndex: 'name' },
              ]}
            />
          </Space>
        )}
      </Card>
      {mode === 'edit' && data && <YearEditorModal current={data} onClose={() => setMode(null)} onSaved={onSaved} />}
      {mode === 'import' && <ImportYearModal year={year} notice={data?.notice ?? ''} onClose={() => setMode(null)} onSaved={onSaved} />}
    </Space>
  );
}
