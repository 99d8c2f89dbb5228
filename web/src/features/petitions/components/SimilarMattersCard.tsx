import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card, List, Space, Typography, formatDate } from '../../../ui';
import { fetchRepeatCandidates } from '../api/petitions';
import type { PetitionDetail } from '../api/types';
import { StatusTag } from './labels';

/**
 * 相似事项 on a petition's detail: matters of anyone about the same problem in the reader's scope, each with the words
 * the two share — for seeing a repeat, a group of complaints, or how a like matter was answered.
 */
export function SimilarMattersCard({ p }: { p: Pick<PetitionDetail, 'id' | 'title' | 'content'> }) {
  const { t } = useTranslation();
  const { data } = useQuery({
    queryKey: ['petitions', 'similar', p.id],
    queryFn: () => fetchRepeatCandidates({ petitioners: [], title: p.title, content: p.content.slice(0, 2000), excludeId: p.id }),
    staleTime: 60_000,
  });
  const items = data?.similar ?? [];
  return (
    <Card title={t('repeat.similar')} size="small" data-testid="similar-matters">
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t('repeat.none')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(c) => (
            <List.Item key={c.id} style={{ display: 'block' }}>
              <Space wrap size={6}>
                <Link to={`/petitions/${c.id}`}>{c.number}</Link>
                <StatusTag status={c.status} />
                <Typography.Text>{c.title}</Typography.Text>
                <Typography.Text type="secondary">
                  {c.orgName} · {formatDate(c.receivedAt)} · {t('repeat.similarity', { value: Math.round(c.similarity * 100) })}
                </Typography.Text>
              </Space>
              {c.phrase && (
                <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>
                  {t('repeat.shared')}
                  <mark>{c.phrase}</mark>
                </Typography.Paragraph>
              )}
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
