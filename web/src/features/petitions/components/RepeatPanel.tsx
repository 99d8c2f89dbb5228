import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, Card, Empty, List, Space, Spin, Tag, Typography, formatDate } from '../../../ui';
import { fetchRepeatCandidates } from '../api/petitions';
import type { Candidate, RepeatQuery } from '../api/types';
import { useDebounced } from '../../../ui';
import { StatusTag } from './labels';

interface Props {
  query: RepeatQuery;
  linkedId: number | null;
  onLink: (c: Candidate) => void;
}

/** Enough typed to look for repeats: an identity field, a title of 2+ characters or 10+ characters of text. */
function worthAsking(q: RepeatQuery): boolean {
  const identity = q.petitioners.some((p) => (p.idNumber?.length ?? 0) >= 6 || (p.phone?.length ?? 0) >= 7 || (p.name && p.address));
  return identity || q.title.trim().length >= 2 || q.content.trim().length >= 10;
}

function Section({ title, items, linkedId, onLink, testId }: { title: string; items: Candidate[]; testId: string } & Omit<Props, 'query'>) {
  const { t } = useTranslation();
  return (
    <section aria-label={title} data-testid={testId}>
      <Typography.Title level={5} style={{ marginTop: 8 }}>
        {title} <Tag>{items.length}</Tag>
      </Typography.Title>
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t('repeat.none')}</Typography.Text>
      ) : (
        <List<Candidate>
          size="small"
          dataSource={items}
          renderItem={(c) => (
            <List.Item key={c.id} data-testid="repeat-candidate" style={{ display: 'block' }}>
              <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                <Space wrap size={4}>
                  <Typography.Text strong>{c.number}</Typography.Text>
                  <StatusTag status={c.status} />
                  <Typography.Text type="secondary">{formatDate(c.receivedAt)}</Typography.Text>
                </Space>
                <Typography.Text>{c.title}</Typography.Text>
                {c.phrase && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="shared-phrase">
                    {t('repeat.shared')}
                    <mark>{c.phrase}</mark>
                  </Typography.Text>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {c.orgName} · {c.matchedBy.map((m) => t(`matchedBy.${m}`)).join('、')} ·{' '}
                  {t('repeat.similarity', { value: Math.round(c.similarity * 100) })}
                </Typography.Text>
                <Space size={4}>
                  <Button size="small" href={`/petitions/${c.id}`} target="_blank" rel="noopener">
                    {t('repeat.view')}
                  </Button>
                  {linkedId === c.id ? (
                    <Tag color="red">{t('repeat.linked')}</Tag>
                  ) : (
                    <Button size="small" type="primary" ghost onClick={() => onLink(c)}>
                      {t('repeat.link')}
                    </Button>
                  )}
                </Space>
              </Space>
            </List.Item>
          )}
        />
      )}
    </section>
  );
}

/** Repeat candidates beside the form, asked ~600 ms after the registrar stops typing. */
export function RepeatPanel({ query, linkedId, onLink }: Props) {
  const { t } = useTranslation();
  const debounced = useDebounced(query, 600);
  const enabled = worthAsking(debounced);
  const { data, isFetching } = useQuery({
    queryKey: ['petitions', 'repeat-candidates', debounced],
    queryFn: () => fetchRepeatCandidates(debounced),
    enabled,
    placeholderData: (prev) => prev,
    staleTime: 30_000,
  });
  return (
    <Card
      size="small"
      title={t('repeat.title')}
      extra={
        isFetching ? (
          // A plain <div> may not carry a label (axe aria-prohibited-attr): the status around the spinner does.
          <span role="status" aria-label={t('repeat.searching')}>
            <Spin size="small" />
          </span>
        ) : null
      }
      style={{ position: 'sticky', top: 16 }}
      styles={{ body: { maxHeight: 'calc(100vh - 180px)', overflowY: 'auto' } }}
    >
      {!enabled && !data ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('repeat.hint')} />
      ) : (
        <>
          <Section
            title={t('repeat.samePetitioner')}
            testId="repeat-same"
            items={data?.samePetitioner ?? []}
            linkedId={linkedId}
            onLink={onLink}
          />
          <Section title={t('repeat.similar')} testId="repeat-similar" items={data?.similar ?? []} linkedId={linkedId} onLink={onLink} />
        </>
      )}
    </Card>
  );
}
