import { useTranslation } from 'react-i18next';
import { Space, Tabs, PageHeader } from '../../../ui';
import { DeadlinePreview } from './DeadlinePreview';
import { HolidayYear } from './HolidayYear';
import { PolicyPacks } from './PolicyPacks';

/** 节假日 (calendar.manage): the official calendar by year, entering a year, a deadline calculator; 时限策略. */
export function CalendarManager() {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader title={t('calendar.title')} />
      <Tabs
        items={[
          {
            key: 'holidays',
            label: t('calendar.tabHolidays'),
            children: (
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                <HolidayYear />
                <DeadlinePreview />
              </Space>
            ),
          },
          { key: 'policies', label: t('calendar.tabPolicies'), children: <PolicyPacks /> },
        ]}
      />
    </Space>
  );
}
