import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AntApp,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  Modal,
  Popconfirm,
  Row,
  Space,
  Tag,
  Tree,
  useServerErrors,
  type TreeDataNode,
  PageHeader,
  Skeleton,
} from '../../../ui';
import { createCategory, renameCategory, setCategoryActive, type Category } from '../api/categories';
import { useCategories, useInvalidateCategories } from '../hooks/useCategories';
import { buildCategoryTree, type CategoryNode } from '../tree';

type Editing = { mode: 'create'; parent: Category | null } | { mode: 'rename'; category: Category };

function NameModal({ editing, onClose, onDone }: { editing: Editing; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string }>();
  const onError = useServerErrors(form);
  const [busy, setBusy] = useState(false);
  const title =
    editing.mode === 'rename'
      ? t('categories.rename')
      : editing.parent
        ? t('categories.createTitle', { parent: editing.parent.path })
        : t('categories.createRootTitle');
  const submit = async ({ name }: { name: string }) => {
    setBusy(true);
    try {
      if (editing.mode === 'rename') await renameCategory(editing.category.id, name.trim());
      else await createCategory(editing.parent?.id ?? null, name.trim());
      onDone();
    } catch (e) {
      onError(e, ['name']);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        name="categoryName"
        initialValues={{ name: editing.mode === 'rename' ? editing.category.name : '' }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="name" label={t('categories.name')} rules={[{ required: true, whitespace: true, max: 50 }]}>
          <Input autoFocus maxLength={50} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 问题分类: the 3-level taxonomy as a tree; add a child, rename, deactivate/reactivate (category.manage). */
export function CategoriesManager() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { data, isPending } = useCategories();
  const invalidate = useInvalidateCategories();
  const onError = useServerErrors();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Editing | null>(null);
  const rows = useMemo(() => data ?? [], [data]);
  const selected = rows.find((c) => c.id === selectedId) ?? null;

  const treeData = useMemo(() => {
    const q = search.trim();
    const keep = (n: CategoryNode): boolean => !q || n.category.name.includes(q) || n.children.some(keep);
    const toNode = (n: CategoryNode): TreeDataNode => ({
      key: n.category.id,
      title: (
        <span>
          {n.category.name} {!n.category.active && <Tag>{t('categories.inactive')}</Tag>}
        </span>
      ),
      children: n.children.filter(keep).map(toNode),
    });
    return buildCategoryTree(rows).filter(keep).map(toNode);
  }, [rows, search, t]);

  const toggle = async (c: Category) => {
    try {
      await setCategoryActive(c.id, !c.active);
      void message.success(t('common.saved'));
      await invalidate();
    } catch (e) {
      onError(e);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader
        title={t('categories.title')}
        actions={
          <Button type="primary" onClick={() => setEditing({ mode: 'create', parent: null })}>
            {t('categories.addRoot')}
          </Button>
        }
      />
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Card>
            <Input.Search
              aria-label={t('categories.search')}
              placeholder={t('categories.search')}
              allowClear
              onChange={(e) => setSearch(e.target.value)}
              style={{ marginBottom: 12 }}
            />
            {isPending ? (
              <Skeleton active />
            ) : (
              <Tree
                treeData={treeData}
                height={560}
                defaultExpandedKeys={[]}
                expandedKeys={search.trim() ? rows.map((c) => c.id) : undefined}
                selectedKeys={selectedId ? [selectedId] : []}
                onSelect={(keys) => setSelectedId(keys.length ? Number(keys[0]) : null)}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} md={14}>
          <Card title={selected?.name}>
            {!selected ? (
              <Empty description={t('categories.selectHint')} />
            ) : (
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                <Descriptions column={1}>
                  <Descriptions.Item label={t('categories.path')}>{selected.path}</Descriptions.Item>
                  <Descriptions.Item label={t('categories.level')}>{selected.level}</Descriptions.Item>
                  <Descriptions.Item label={t('orgs.status')}>
                    {selected.active ? <Tag color="green">{t('orgs.active')}</Tag> : <Tag>{t('categories.inactive')}</Tag>}
                  </Descriptions.Item>
                </Descriptions>
                <Space wrap>
                  {selected.level < 3 && selected.active && (
                    <Button onClick={() => setEditing({ mode: 'create', parent: selected })}>{t('categories.addChild')}</Button>
                  )}
                  <Button onClick={() => setEditing({ mode: 'rename', category: selected })}>{t('categories.rename')}</Button>
                  {selected.active ? (
                    <Popconfirm title={t('categories.deactivateConfirm', { name: selected.name })} onConfirm={() => toggle(selected)}>
                      <Button danger>{t('categories.deactivate')}</Button>
                    </Popconfirm>
                  ) : (
                    <Button onClick={() => void toggle(selected)}>{t('categories.reactivate')}</Button>
                  )}
                </Space>
              </Space>
            )}
          </Card>
        </Col>
      </Row>
      {editing && (
        <NameModal
          editing={editing}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            void message.success(t('common.saved'));
            void invalidate();
          }}
        />
      )}
    </Space>
  );
}
