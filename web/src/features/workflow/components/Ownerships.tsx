import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Card, Col, Empty, Progress, Row, Space, Tag, Tooltip, Typography, formatDate, PageHeader, Skeleton } from '../../../ui';
import { DeadlineCell } from '../../petitions/components/DeadlineCell';
import { StatusTag } from '../../petitions/components/labels';
import type { OwnedCase } from '../api/types';
import { useMyOwnerships } from '../hooks/useWorkflow';
import { ownershipChecklist, ownershipProgress } from '../model';

function CaseCard({ c }: { c: OwnedCase }) {
  const { t } = useTranslation();
  const progress = ownershipProgress(c.items);
  const p = c.petition;
  return (
    <Card
      size="small"
      title={
        <Link to={`/petitions/${p.id}`} aria-label={`${p.number} ${p.title}`}>
          {p.number}
        </Link>
      }
      extra={<StatusTag status={p.status} />}
      data-testid="owned-case"
    >
      <Space orientation="vertical" size="small" style={{ width: '100%' }}>
        <Typography.Text strong>{p.title}</Typography.Text>
        <Space wrap size={4}>
          <Typography.Text type="secondary">{t('workflow.since')}：</Typography.Text>
          <span>{formatDate(c.since)}</span>
          {p.deadline && (
            <>
              <Typography.Text type="secondary">{t('deadline.column')}：</Typography.Text>
              <DeadlineCell clock={p.deadline} />
            </>
          )}
        </Space>
        <Space>
          <Progress
            percent={Math.round((progress.done / progress.total) * 100)}
            steps={progress.total}
            showInfo={false}
            strokeColor="#389e0d"
            aria-label={t('workflow.progressText', progress)}
          />
          <Typography.Text data-testid="owned-progress">{t('workflow.progressText', progress)}</Typography.Text>
        </Space>
        <Space wrap size={[4, 4]}>
          {ownershipChecklist(c.items).map((l) => (
            <Tooltip key={l.item} title={l.done ? `${l.done.doneOn} ${l.done.note}` : t('workflow.itemPending')}>
              <Tag color={l.done ? 'green' : 'default'} tabIndex={0}>
                {l.done ? '✓ ' : '○ '}
                {t(`workflow.options.ownershipItems.${l.item}`)}
              </Tag>
            </Tooltip>
          ))}
        </Space>
      </Space>
    </Card>
  );
}

/** 领导包案: the cases I own, each with its 三亲自三见面 progress, linking to the detail. */
export function Ownerships() {
  const { t } = useTranslation();
  const { data, isPending, error } = useMyOwnerships();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader title={t('ownerships.title')} />
      <Typography.Text type="secondary">{t('ownerships.hint')}</Typography.Text>
      {error && <Alert type="error" showIcon title={error.message} />}
      {isPending ? (
        <Skeleton active />
      ) : !data?.length ? (
        <Empty description={t('ownerships.none')} />
      ) : (
        <Row gutter={[16, 16]}>
          {data.map((c) => (
            <Col key={c.petition.id} xs={24} md={12} xl={8}>
              <CaseCard c={c} />
            </Col>
          ))}
        </Row>
      )}
    </Space>
  );
}
