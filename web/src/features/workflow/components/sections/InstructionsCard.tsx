import { useTranslation } from 'react-i18next';
import { Card, List, Space, Typography, formatDateTime } from '../../../../ui';
import type { Instruction } from '../../api/types';
import { Pre } from './common';

/** 领导批示: each instruction with the leader, the body and when. */
export function InstructionsCard({ items }: { items: Instruction[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('workflow.sections.instructions')} size="small" data-testid="wf-instructions">
      <List
        size="small"
        dataSource={items}
        renderItem={(i) => (
          <List.Item key={i.id}>
            <Space orientation="vertical" size={0}>
              <Pre text={i.text} />
              <Typography.Text type="secondary">
                {i.leader}（{i.org.name}） {formatDateTime(i.createdAt)}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
