import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Org } from '../../../api/types';
import {
  AntApp,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Input,
  Popconfirm,
  Row,
  Space,
  Tag,
  Tree,
  formatDate,
  useServerErrors,
  type TreeDataNode,
  PageHeader,
  Skeleton,
} from '../../../ui';
import { setOrgActive } from '../api/orgs';
import { useInvalidateOrgs, useOrgs } from '../hooks/useOrgs';
import { usePolicies } from '../../calendar/hooks/useCalendar';
import { buildOrgTree, effectivePolicy, type OrgNode } from '../tree';
import { ImportOrgsModal } from './ImportOrgsModal';
import { MoveOrgModal } from './MoveOrgModal';
import { OrgFormModal } from './OrgFormModal';

/** The server's pack for bodies none of whose ancestors chose one. */
const DEFAULT_POLICY_PACK = 'national-2022';

type Dialog = { type: 'edit' } | { type: 'create' } | { type: 'move' } | { type: 'import' } | null;

/** 机构管理: the tree on the left, the selected body and its actions on the right. */
export function OrgsManager() {
  const { t } = useTranslation();
  const { data: orgs, isPending } = useOrgs();
  const { data: packs } = usePolicies();
  const invalidate = useInvalidateOrgs();
  const onError = useServerErrors();
  const { message } = AntApp.useApp();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [filter, setFilter] = useState('');

  const byId = useMemo(() => new Map((orgs ?? []).map((o) => [o.id, o])), [orgs]);
  const selected = selectedId === null ? null : (byId.get(selectedId) ?? null);
  const canImport = (orgs ?? []).some((o) => o.abilities.createChild);

  const treeData = useMemo(() => {
    const q = filter.trim();
    const toNode = (n: OrgNode): TreeDataNode | null => {
      const children = n.children.map(toNode).filter((c): c is TreeDataNode => c !== null);
      if (q && !n.org.name.includes(q) && children.length === 0) return null;
      return {
        key: n.org.id,
        title: (
          <Space size={4}>
            <span>{n.org.name}</span>
            <Tag>{t(`kinds.${n.org.kind}`)}</Tag>
            {!n.org.active && <Tag color="default">{t('orgs.inactive')}</Tag>}
          </Space>
        ),
        children,
      };
    };
    return buildOrgTree(orgs ?? [])
      .map(toNode)
      .filter((c): c is TreeDataNode => c !== null);
  }, [orgs, filter, t]);

  const defaultExpanded = useMemo(() => (orgs ?? []).filter((o) => o.depth <= 1).map((o) => o.id), [orgs]);

  const toggleActive = async (org: Org) => {
    try {
      await setOrgActive(org.id, !org.active);
      void message.success(t('common.saved'));
      await invalidate();
    } catch (e) {
      onError(e);
    }
  };

  const saved = (org: Org) => {
    setDialog(null);
    setSelectedId(org.id);
    // The tree refetches in the background; nothing waits for it.
    void invalidate();
  };

  const packName = (id: string) => packs?.find((p) => p.id === id)?.name ?? id;
  const policyText = (org: Org): string => {
    const e = effectivePolicy(orgs ?? [], org.id);
    if (e.from === 'own') return packName(e.pack!);
    if (e.from === 'inherited') return t('orgs.policyInherited', { name: packName(e.pack!) });
    if (e.from === 'default') return t('orgs.policyDefault', { name: packName(DEFAULT_POLICY_PACK) });
    return t('orgs.policyInherit');
  };

  if (isPending) return <Skeleton active />;

  return (
    <>
      <PageHeader
        title={t('orgs.title')}
        actions={canImport && <Button onClick={() => setDialog({ type: 'import' })}>{t('orgs.import')}</Button>}
      />
      <Row gutter={16}>
        <Col xs={24} md={10} lg={9}>
          <Card title={t('orgs.tree')}>
            <Input.Search
              aria-label={t('orgs.searchPlaceholder')}
              placeholder={t('orgs.searchPlaceholder')}
              allowClear
              onChange={(e) => setFilter(e.target.value)}
              style={{ marginBottom: 8 }}
            />
            <Tree
              key={filter ? 'filtered' : 'all'}
              treeData={treeData}
              defaultExpandedKeys={defaultExpanded}
              defaultExpandAll={!!filter}
              selectedKeys={selectedId === null ? [] : [selectedId]}
              onSelect={(keys) => setSelectedId(keys.length ? Number(keys[0]) : null)}
              blockNode
            />
          </Card>
        </Col>
        <Col xs={24} md={14} lg={15}>
          <Card
            title={selected?.name ?? t('orgs.title')}
            extra={
              selected && (
                <Space wrap>
                  {selected.abilities.update && <Button onClick={() => setDialog({ type: 'edit' })}>{t('common.edit')}</Button>}
                  {selected.abilities.createChild && selected.active && (
                    <Button type="primary" onClick={() => setDialog({ type: 'create' })}>
                      {t('orgs.createChild')}
                    </Button>
                  )}
                  {selected.abilities.move && <Button onClick={() => setDialog({ type: 'move' })}>{t('orgs.move')}</Button>}
                  {selected.abilities.deactivate && selected.active && (
                    <Popconfirm
                      title={t('orgs.deactivateConfirm', { name: selected.name })}
                      okText={t('common.confirm')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => toggleActive(selected)}
                    >
                      <Button danger>{t('orgs.deactivate')}</Button>
                    </Popconfirm>
                  )}
                  {selected.abilities.reactivate && !selected.active && (
                    <Popconfirm
                      title={t('orgs.reactivateConfirm', { name: selected.name })}
                      okText={t('common.confirm')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => toggleActive(selected)}
                    >
                      <Button>{t('orgs.reactivate')}</Button>
                    </Popconfirm>
                  )}
                </Space>
              )
            }
          >
            {selected ? (
              <Descriptions column={1} bordered size="small">
                <Descriptions.Item label={t('orgs.kind')}>{t(`kinds.${selected.kind}`)}</Descriptions.Item>
                <Descriptions.Item label={t('orgs.parent')}>
                  {selected.parentId ? (byId.get(selected.parentId)?.name ?? '') : ''}
                </Descriptions.Item>
                <Descriptions.Item label={t('orgs.shortName')}>{selected.shortName}</Descriptions.Item>
                <Descriptions.Item label={t('orgs.code')}>{selected.code}</Descriptions.Item>
                <Descriptions.Item label={t('orgs.region')}>
                  {selected.regionName}
                  {selected.regionCode ? `（${selected.regionCode}）` : ''}
                </Descriptions.Item>
                <Descriptions.Item label={t('orgs.contactPerson')}>{selected.contactPerson}</Descriptions.Item>
                <Descriptions.Item label={t('orgs.contactPhone')}>{selected.contactPhone}</Descriptions.Item>
                <Descriptions.Item label={t('orgs.address')}>{selected.address}</Descriptions.Item>
                <Descriptions.Item label={t('orgs.policyPack')}>{policyText(selected)}</Descriptions.Item>
                <Descriptions.Item label={t('orgs.status')}>
                  {selected.active ? <Tag color="green">{t('orgs.active')}</Tag> : <Tag>{t('orgs.inactive')}</Tag>}
                </Descriptions.Item>
                <Descriptions.Item label={t('orgs.createdAt')}>{formatDate(selected.createdAt)}</Descriptions.Item>
                <Descriptions.Item label={t('orgs.updatedAt')}>{formatDate(selected.updatedAt)}</Descriptions.Item>
              </Descriptions>
            ) : (
              <Empty description={t('orgs.selectHint')} />
            )}
          </Card>
        </Col>
      </Row>
      {dialog?.type === 'edit' && selected && <OrgFormModal mode={{ edit: selected }} onClose={() => setDialog(null)} onSaved={saved} />}
      {dialog?.type === 'create' && selected && (
        <OrgFormModal mode={{ parent: selected }} onClose={() => setDialog(null)} onSaved={saved} />
      )}
      {dialog?.type === 'move' && selected && (
        <MoveOrgModal org={selected} orgs={orgs ?? []} onClose={() => setDialog(null)} onSaved={saved} />
      )}
      {dialog?.type === 'import' && (
        <ImportOrgsModal
          onClose={() => setDialog(null)}
          onImported={() => {
            setDialog(null);
            void invalidate();
          }}
        />
      )}
    </>
  );
}
