import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../features/auth/hooks/useMe';
import { DisputesNav } from '../features/disputes/components/DisputesNav';
import { MeetingList } from '../features/disputes/components/MeetingList';
import { PageHeader } from '../ui';

/** 矛盾纠纷动态分析会和联席会议. */
export function DisputeMeetingsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const canRecord = me.permissions.includes('dispute.register') || me.permissions.includes('dispute.mediate');
  return (
    <>
      <PageHeader
        title={t('disputes.meetings.title')}
        actions={
          canRecord && (
            <Link to="/disputes/meetings/new" className="xf-btn xf-btn-primary" data-testid="record-meeting">
              {t('disputes.meetings.record')}
            </Link>
          )
        }
      />
      <DisputesNav />
      <MeetingList />
    </>
  );
}
