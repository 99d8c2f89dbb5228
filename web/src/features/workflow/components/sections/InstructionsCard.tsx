import { useTranslation } from 'react-i18next';
import { Card, List, Space, Tag, Typography, formatDateTime } from '../../../../ui';
import type { Instruction } from '../../api/types';
import { Pre } from './common';

/** 领导批示: each instruction with the leader, the body and when, and which bodies it reached and have read it. */
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
              {i.recipients.length > 0 && (
                <Space size={4} wrap>
                  <Typography.Text type="secondary">{t('workflow.sections.instructionSentTo')}</Typography.Text>
                  {i.recipients.map((r) =>
                    r.acknowledgedAt ? (
                      <Tag key={r.org.id} color="green">
                        {t('workflow.sections.instructionRead', {
                          org: r.org.name,
                          by: r.acknowledgedBy ?? '',
                          at: formatDateTime(r.acknowledgedAt),
                        })}
                      </Tag>
                    ) : (
                      <Tag key={r.org.id} color="orange">
                        {t('workflow.sections.instructionUnread', { org: r.org.name })}
                      </Tag>
                    ),
                  )}
                </Space>
              )}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
