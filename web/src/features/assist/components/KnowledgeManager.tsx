import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
  formatDateTime,
  useDebounced,
  useServerErrors,
} from '../../../ui';
import { fetchKnowledge, saveKnowledge, type KnowledgeEntry, type KnowledgeInput } from '../api/assist';

const KINDS = ['policy', 'basis', 'route'] as const;
const KEY = ['assist', 'knowledge'] as const;

function EntryModal({ entry, onClose }: { entry: KnowledgeEntry | null; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form] = Form.useForm<KnowledgeInput>();
  const onError = useServerErrors(form);
  const [busy, setBusy] = useState(false);
  const submit = async (v: KnowledgeInput) => {
    setBusy(true);
    try {
      await saveKnowledge(entry?.id ?? null, { ...v, citation: v.citation?.trim() || null });
      await client.invalidateQueries({ queryKey: KEY });
      onClose();
    } catch (e) {
      onError(e, ['kind', 'title', 'body', 'citation', 'active']);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      width={640}
      title={entry ? t('assist.knowledge.edit') : t('assist.knowledge.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form<KnowledgeInput>
        form={form}
        layout="vertical"
        name="assistKnowledge"
        initialValues={entry ?? { kind: 'policy', active: true }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="kind" label={t('assist.knowledge.kind')} rules={[{ required: true }]}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`assist.knowledge.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('assist.knowledge.entryTitle')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="citation" label={t('assist.knowledge.citation')} extra={t('assist.knowledge.citationHint')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('assist.knowledge.body')}
          extra={t('assist.knowledge.bodyHint')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea maxLength={5000} autoSize={{ minRows: 4, maxRows: 14 }} />
        </Form.Item>
        <Form.Item name="active" label={t('assist.knowledge.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 知识库: policy answers, legal bases with their text, standard routes; withdrawn, never deleted. */
export function KnowledgeManager() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 300);
  const { data, isLoading } = useQuery({ queryKey: [...KEY, query], queryFn: () => fetchKnowledge(query, true) });
  const [editing, setEditing] = useState<KnowledgeEntry | null | undefined>(undefined);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space>
        <Input.Search
          allowClear
          placeholder={t('assist.knowledge.search')}
          aria-label={t('assist.knowledge.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          style={{ width: 280 }}
        />
        <Button onClick={() => setEditing(null)}>{t('assist.knowledge.add')}</Button>
      </Space>
      <Table<KnowledgeEntry>
        rowKey="id"
        size="small"
        loading={isLoading}
        dataSource={data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        aria-label={t('assist.knowledge.admin')}
        columns={[
          { title: t('assist.knowledge.kind'), dataIndex: 'kind', render: (k: KnowledgeEntry['kind']) => t(`assist.knowledge.kinds.${k}`) },
          {
            title: t('assist.knowledge.entryTitle'),
            render: (_, k) => (
              <Space orientation="vertical" size={0}>
                <Space size={4}>
                  <Typography.Text strong>{k.title}</Typography.Text>
                  {!k.active && <Tag>{t('assist.knowledge.withdrawn')}</Tag>}
                </Space>
                {k.citation && <Typography.Text type="secondary">{k.citation}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: t('assist.knowledge.body'),
            dataIndex: 'body',
            render: (b: string) => (
              <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                {b}
              </Typography.Paragraph>
            ),
          },
          { title: t('assist.knowledge.updatedAt'), dataIndex: 'updatedAt', render: (d: string) => formatDateTime(d) },
          {
            title: t('common.actions'),
            render: (_, k) => (
              <Button size="small" onClick={() => setEditing(k)}>
                {t('assist.knowledge.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing !== undefined && <EntryModal entry={editing} onClose={() => setEditing(undefined)} />}
    </Space>
  );
}
