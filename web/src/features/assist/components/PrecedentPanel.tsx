import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { dynamicKey } from '../../../i18n/keys';
import { Button, Collapse, List, Space, Tag, Typography, formatDate } from '../../../ui';
import { fetchPrecedents } from '../api/assist';
import { knowledgeInsert, precedentInsert, type DraftInsert } from '../draft';

/**
 * 类案参考 beside a 处理意见书: the decisions of similar matters the reader may see (their outcome, reasons, basis
 * and the rating they received) and the knowledge base's entries, each put into the draft with one click.
 */
export function PrecedentPanel({ petitionId, onInsert }: { petitionId: number; onInsert: (insert: DraftInsert) => void }) {
  const { t } = useTranslation();
  const { data } = useQuery({
    queryKey: ['assist', 'precedents', petitionId],
    queryFn: () => fetchPrecedents(petitionId),
    staleTime: 60_000,
  });
  if (!data || (data.precedents.length === 0 && data.knowledge.length === 0)) return null;
  return (
    <Collapse
      size="small"
      style={{ marginBottom: 12 }}
      data-testid="precedents"
      items={[
        {
          key: 'precedents',
          label: t('assist.precedents.title', { precedents: data.precedents.length, knowledge: data.knowledge.length }),
          children: (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {data.precedents.length > 0 && (
                <List
                  size="small"
                  dataSource={data.precedents}
                  renderItem={(p) => (
                    <List.Item key={p.id} style={{ display: 'block' }} data-testid="precedent">
                      <Space wrap size={6}>
                        <Typography.Text strong>{p.number}</Typography.Text>
                        <Typography.Text>{p.title}</Typography.Text>
                        <Tag>{t(dynamicKey(`workflow.options.outcomes.${p.outcome}`))}</Tag>
                        {p.rating && <Tag color={p.rating === 'dissatisfied' ? 'red' : 'green'}>{t(`assist.ratings.${p.rating}`)}</Tag>}
                      </Space>
                      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '2px 0' }}>
                        {p.orgName} · {formatDate(p.issuedAt)} · {t('repeat.similarity', { value: Math.round(p.similarity * 100) })}
                        {p.phrase && (
                          <>
                            {' · '}
                            {t('repeat.shared')}
                            <mark>{p.phrase}</mark>
                          </>
                        )}
                      </Typography.Paragraph>
                      <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ margin: 0 }}>
                        {t('assist.precedents.reasons')}
                        {p.reasons} {t('assist.precedents.basis')}
                        {p.basis}
                      </Typography.Paragraph>
                      <Button size="small" onClick={() => onInsert(precedentInsert(p))}>
                        {t('assist.precedents.useAsDraft')}
                      </Button>
                    </List.Item>
                  )}
                />
              )}
              {data.knowledge.length > 0 && (
                <List
                  size="small"
                  header={<Typography.Text strong>{t('assist.knowledge.title')}</Typography.Text>}
                  dataSource={data.knowledge}
                  renderItem={(k) => (
                    <List.Item key={k.id} style={{ display: 'block' }} data-testid="knowledge-entry">
                      <Space wrap size={6}>
                        <Tag>{t(`assist.knowledge.kinds.${k.kind}`)}</Tag>
                        <Typography.Text strong>{k.title}</Typography.Text>
                        {k.citation && <Typography.Text type="secondary">{k.citation}</Typography.Text>}
                      </Space>
                      <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ margin: 0 }}>
                        {k.body}
                      </Typography.Paragraph>
                      <Button size="small" onClick={() => onInsert(knowledgeInsert(k))}>
                        {k.kind === 'basis' ? t('assist.knowledge.toBasis') : t('assist.knowledge.toReasons')}
                      </Button>
                    </List.Item>
                  )}
                />
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
