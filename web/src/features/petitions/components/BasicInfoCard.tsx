import { useTranslation } from 'react-i18next';
import { Alert, Card, Descriptions, formatDateTime } from '../../../ui';
import type { PetitionDetail } from '../api/types';

/** 登记信息: what was registered, its times in China time whatever the browser's zone. */
export function BasicInfoCard({ p }: { p: PetitionDetail }) {
  const { t } = useTranslation();
  return (
    <Card title={t('detail.basic')} size="small">
      <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" bordered>
        <Descriptions.Item label={t('petition.channel')}>{t(`channels.${p.channel}`)}</Descriptions.Item>
        <Descriptions.Item label={t('petition.type')}>{t(`petitionTypes.${p.type}`)}</Descriptions.Item>
        <Descriptions.Item label={t('petition.category')}>{p.category?.path ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('petition.receivedAt')}>{formatDateTime(p.receivedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('detail.registeredAt')}>{formatDateTime(p.registeredAt)}</Descriptions.Item>
        <Descriptions.Item label={t('detail.org')}>{p.org.name}</Descriptions.Item>
        <Descriptions.Item label={t('petition.place')}>
          {[p.placeRegionName, p.placeAddress].filter(Boolean).join(' ') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('petition.personsCount')}>{p.personsCount}</Descriptions.Item>
        <Descriptions.Item label={t('petition.involvedCount')}>{p.involvedCount}</Descriptions.Item>
        {p.type === 'accusation' && (
          <Descriptions.Item label={t('petition.accused')} span={3}>
            {[p.accusedPerson, p.accusedOrg?.name].filter(Boolean).join('；') || '—'}
            {p.accusedOrgUnknown && (
              <Alert
                type="warning"
                showIcon
                title={t('petition.accusedOrgUnknown')}
                style={{ marginTop: 8 }}
                data-testid="accused-org-unknown"
              />
            )}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('petition.content')} span={3}>
          <div style={{ whiteSpace: 'pre-wrap', maxHeight: 360, overflowY: 'auto' }}>{p.content}</div>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
