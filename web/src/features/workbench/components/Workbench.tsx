import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditEvent } from '../../../api/types';
import {
  ATTENTION_COLOUR,
  Alert,
  Card,
  Col,
  Descriptions,
  List,
  Row,
  Space,
  Tag,
  Typography,
  formatDateTime,
  PageHeader,
} from '../../../ui';
import { fetchAuditEvents } from '../../audit/api/audit';
import { actionLabel } from '../../audit/labels';
import { useCurrentUser } from '../../auth/hooks/useMe';
import { menuFor, menuLeaves } from '../../layout/menu';
import { fetchDeadlineSummary } from '../api/deadlines';
import { HOME_ROLES } from '../screens';
import { RoleHome } from './RoleHome';

function EventList({ title, actorId }: { title: string; actorId?: number }) {
  const { t, i18n } = useTranslation();
  const { data, isPending } = useQuery({
    queryKey: ['audit', 'workbench', actorId ?? null],
    queryFn: () => fetchAuditEvents({ actorId, limit: 10 }),
  });
  return (
    <Card title={title} extra={<Link to="/audit">{t('workbench.viewAll')}</Link>}>
      <List<AuditEvent>
        loading={isPending}
        size="small"
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('common.empty') }}
        renderItem={(e) => (
          <List.Item key={e.seq}>
            <Space wrap>
              <Typography.Text type="secondary">{formatDateTime(e.at)}</Typography.Text>
              <span>{e.actorUsername ?? '—'}</span>
              <Tag>{actionLabel(e.action, i18n.language)}</Tag>
              <span>
                {e.objectType} #{e.objectId}
              </span>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

const GRADES = [
  { key: 'overdue', color: ATTENTION_COLOUR },
  { key: 'due_today', color: '#d4380d' },
  { key: 'due_soon', color: '#d46b08' },
  { key: 'normal', color: '#389e0d' },
] as const;

/** Deadlines of the petitions I may see, by grade; each number opens the matching work list. */
function DeadlineCard() {
  const { t } = useTranslation();
  const { data, isPending } = useQuery({ queryKey: ['petitions', 'deadline-summary'], queryFn: fetchDeadlineSummary });
  return (
    <Card title={t('workbench.deadlines')} loading={isPending} extra={<Link to="/petitions?deadline=open">{t('workbench.viewAll')}</Link>}>
      <Row gutter={[16, 16]}>
        {GRADES.map((g) => (
          <Col key={g.key} xs={12} md={6}>
            <Link to={`/petitions?deadline=${g.key}`} aria-label={`${t(`workbench.grade.${g.key}`)} ${data?.[g.key] ?? 0}`}>
              <Card size="small" hoverable>
                <Typography.Text type="secondary">{t(`workbench.grade.${g.key}`)}</Typography.Text>
                <div style={{ fontSize: 28, fontWeight: 600, color: g.color }}>{data?.[g.key] ?? 0}</div>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </Card>
  );
}

/** 工作台: who I am, the first screen of each of my roles (else my deadlines), what I can do, and recent activity where I may see it. */
export function Workbench() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const shortcuts = menuLeaves(menuFor(me.permissions)).filter((m) => m.path !== '/');
  const canAudit = me.permissions.includes('audit.read');

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <PageHeader title={t('menu.workbench')} />
      <Card>
        <Typography.Title level={2} style={{ marginTop: 0 }}>
          {t('workbench.greeting', { name: me.displayName })}
        </Typography.Title>
        <Descriptions column={1}>
          <Descriptions.Item label={t('workbench.body')}>{me.org.name}</Descriptions.Item>
          <Descriptions.Item label={t('workbench.roles')}>
            {me.roles.map((r) => (
              <Tag key={r} color="red">
                {t(`roles.${r}`)}
              </Tag>
            ))}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {me.roles.some((r) => HOME_ROLES.includes(r)) ? (
        <RoleHome />
      ) : me.permissions.includes('petition.read') ? (
        <DeadlineCard />
      ) : (
        <Alert type="info" showIcon title={t('workbench.upcoming')} />
      )}
      {shortcuts.length > 0 && (
        <Card title={t('workbench.shortcuts')}>
          <Row gutter={[16, 16]}>
            {shortcuts.map((s) => (
              <Col key={s.key} xs={24} sm={12} md={8}>
                <Link to={s.path!}>
                  <Card hoverable size="small">
                    {t(s.labelKey)}
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
        </Card>
      )}
      {canAudit && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <EventList title={t('workbench.latestEvents')} />
          </Col>
          <Col xs={24} lg={12}>
            <EventList title={t('workbench.myEvents')} actorId={me.id} />
          </Col>
        </Row>
      )}
    </Space>
  );
}
