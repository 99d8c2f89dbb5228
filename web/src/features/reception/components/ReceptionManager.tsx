import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Empty, Form, PageHeader, Space, Tabs } from '../../../ui';
import { useCurrentUser } from '../../auth/hooks/useMe';
import { OrgDirectorySelect } from '../../orgs/components/OrgDirectorySelect';
import { DeskPanel } from './DeskPanel';
import { DutyPanel } from './DutyPanel';
import { PlanPanel } from './PlanPanel';
import { ReceptionRecords } from './ReceptionRecords';
import { PlacesPanel, RulesPanel, UnavailabilityPanel } from './SetupPanels';

/**
 * 领导接访日: a body's quarter plan and its leaders' leave (reception.plan), the desk's day (reception.desk), the
 * reception records, the duty roster, the places and the rules; each user sees the tabs of their work.
 */
export function ReceptionManager() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  // The open tab is in the address (?tab=duty): a message's link opens it, and Back returns to the one before.
  const [search, setSearch] = useSearchParams();
  const can = (p: string) => me.permissions.includes(p as (typeof me.permissions)[number]);
  const [orgId, setOrgId] = useState<number>(me.org.id);
  const forBody = (node: React.ReactNode) =>
    orgId ? (
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Form.Item label={t('reception.body')} style={{ marginBottom: 0 }}>
          <OrgDirectorySelect
            aria-label={t('reception.body')}
            value={orgId}
            onChange={(v) => setOrgId(v as number)}
            style={{ width: 320 }}
          />
        </Form.Item>
        {node}
      </Space>
    ) : (
      <Empty description={t('reception.chooseBody')} />
    );
  // Each user's own work first: the bureau's plan, the desk's day, the records, the roster; the set-up last.
  const plans = can('reception.plan');
  const tabs = [
    { key: 'plan', when: plans, label: t('reception.tabPlan'), children: forBody(<PlanPanel key={orgId} orgId={orgId} />) },
    {
      key: 'unavailability',
      when: plans,
      label: t('reception.tabUnavailability'),
      children: forBody(<UnavailabilityPanel orgId={orgId} />),
    },
    {
      key: 'desk',
      when: can('reception.desk'),
      label: t('reception.desk.tab'),
      children: forBody(<DeskPanel key={orgId} orgId={orgId} />),
    },
    { key: 'records', when: true, label: t('reception.tabRecords'), children: <ReceptionRecords /> },
    {
      key: 'duty',
      when: true,
      label: t('reception.tabDuty'),
      children: forBody(<DutyPanel key={orgId} orgId={orgId} canManage={can('duty.roster')} />),
    },
    {
      key: 'places',
      when: plans,
      label: t('reception.tabPlaces'),
      children: forBody(<PlacesPanel orgId={orgId} canEdit={can('reception.places')} />),
    },
    {
      key: 'rules',
      when: plans || can('reception.rules'),
      label: t('reception.tabRules'),
      children: <RulesPanel canEdit={can('reception.rules')} />,
    },
  ]
    .filter((tab) => tab.when)
    .map(({ when: _when, ...tab }) => tab);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader title={t('reception.title')} />
      <Tabs
        items={tabs}
        activeKey={tabs.some((tab) => tab.key === search.get('tab')) ? search.get('tab')! : tabs[0]?.key}
        onChange={(tab) => setSearch({ tab })}
      />
    </Space>
  );
}
