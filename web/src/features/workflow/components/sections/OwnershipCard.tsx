import { useTranslation } from 'react-i18next';
import { Card, Descriptions, List, Progress, Space, Tag, Typography, formatDate } from '../../../../ui';
import type { Ownership, OwnershipEntry } from '../../api/types';
import { ownershipChecklist, ownershipProgress } from '../../model';

/** 领导包案: who owns the case since when, and the 三亲自三见面 checklist (pending items marked). */
function OwnershipChecklist({ entries }: { entries: OwnershipEntry[] }) {
  const { t } = useTranslation();
  const lines = ownershipChecklist(entries);
  return (
    <List
      size="small"
      dataSource={lines}
      renderItem={(l) => (
        <List.Item key={l.item}>
          <Space wrap>
            <Tag color={l.done ? 'green' : 'default'}>{l.done ? t('workflow.itemDone') : t('workflow.itemPending')}</Tag>
            <Typography.Text strong>{t(`workflow.options.ownershipItems.${l.item}`)}</Typography.Text>
            {l.done && <span>{l.done.doneOn}</span>}
            {l.done && <Typography.Text type="secondary">{l.done.note}</Typography.Text>}
          </Space>
        </List.Item>
      )}
    />
  );
}

export function OwnershipCard({ ownership }: { ownership: Ownership }) {
  const { t } = useTranslation();
  const progress = ownershipProgress(ownership.items);
  return (
    <Card title={t('workflow.sections.ownership')} size="small" data-testid="wf-ownership">
      <Descriptions column={{ xs: 1, md: 3 }} size="small">
        <Descriptions.Item label={t('workflow.ownershipLeader')}>
          {ownership.leader.name}（{ownership.org.name}）
        </Descriptions.Item>
        <Descriptions.Item label={t('workflow.since')}>{formatDate(ownership.since)}</Descriptions.Item>
        <Descriptions.Item label={t('workflow.progress')}>
          <Space>
            <Progress
              percent={Math.round((progress.done / progress.total) * 100)}
              steps={progress.total}
              showInfo={false}
              aria-label={t('workflow.progressText', progress)}
            />
            <span>{t('workflow.progressText', progress)}</span>
          </Space>
        </Descriptions.Item>
        {ownership.note && <Descriptions.Item label={t('workflow.fields.ownershipNote')}>{ownership.note}</Descriptions.Item>}
      </Descriptions>
      <OwnershipChecklist entries={ownership.items} />
    </Card>
  );
}
