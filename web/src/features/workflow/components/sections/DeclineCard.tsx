import { useTranslation } from 'react-i18next';
import { Card, Descriptions } from '../../../../ui';
import type { Decline } from '../../api/types';
import { Pre } from './common';

/** 不予受理: the route the petitioner was pointed to, the body of that route, and why. */
export function DeclineCard({ decline }: { decline: Decline }) {
  const { t } = useTranslation();
  return (
    <Card title={t('workflow.sections.decline')} size="small" data-testid="wf-decline">
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('workflow.fields.route')}>
          {decline.route ? t(`workflow.options.routes.${decline.route}`) : t('workflow.finalRepeatRoute')}
        </Descriptions.Item>
        <Descriptions.Item label={t('workflow.fields.routeOrgId')}>{decline.routeOrg?.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('workflow.fields.declineReason')}>
          <Pre text={decline.reason} />
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
