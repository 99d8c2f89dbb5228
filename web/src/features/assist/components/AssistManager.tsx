import { ORG_KINDS } from '@xinfang/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  AntApp,
  Button,
  Form,
  Input,
  Modal,
  PageHeader,
  Popconfirm,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
  formatDateTime,
  formatPercent,
  useServerErrors,
  type TableColumnsType,
} from '../../../ui';
import { CategoryCascader } from '../../categories/components/CategoryCascader';
import { useCategories } from '../../categories/hooks/useCategories';
import {
  activateModel,
  deleteRule,
  fetchModels,
  fetchRules,
  retrainModel,
  saveRule,
  type BodyRule,
  type BodyRuleInput,
  type ModelVersion,
} from '../api/assist';
import { KnowledgeManager } from './KnowledgeManager';

const MODELS_KEY = ['assist', 'models'] as const;
const RULES_KEY = ['assist', 'rules'] as const;

/** A version's figures: per class, and which class each held-out text was taken for (rows: its label). */
function Evaluation({ model, names }: { model: ModelVersion; names: Map<number, string> }) {
  const { t } = useTranslation();
  const e = model.evaluation;
  const name = (id: number) => names.get(id) ?? String(id);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('assist.evaluation.method', { train: e.trainCount, test: e.testCount })}</Typography.Text>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={e.perClass}
        aria-label={t('assist.evaluation.perClass')}
        columns={[
          { title: t('assist.evaluation.class'), dataIndex: 'id', render: (id: number) => name(id) },
          { title: t('assist.evaluation.precision'), dataIndex: 'precision', render: formatPercent },
          { title: t('assist.evaluation.recall'), dataIndex: 'recall', render: formatPercent },
          { title: 'F1', dataIndex: 'f1', render: formatPercent },
          { title: t('assist.evaluation.support'), dataIndex: 'support' },
        ]}
      />
      <table className="assist-confusion" aria-label={t('assist.evaluation.confusion')}>
        <caption style={{ textAlign: 'start' }}>{t('assist.evaluation.confusion')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assist.evaluation.labelledAs')}</th>
            {e.classes.map((c) => (
              <th key={c} scope="col">
                {name(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {e.confusion.map((row, i) => (
            <tr key={e.classes[i]}>
              <th scope="row">{name(e.classes[i]!)}</th>
              {row.map((n, j) => (
                <td key={j} style={{ textAlign: 'end', fontWeight: i === j ? 600 : undefined }}>
                  {n}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Space>
  );
}

function Models() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const client = useQueryClient();
  const [waitingFor, setWaitingFor] = useState<number | null>(null);
  const { data, isLoading } = useQuery({
    queryKey: MODELS_KEY,
    queryFn: fetchModels,
    // After 重新训练: asked again until the new version is there.
    refetchInterval: (q) => (waitingFor !== null && (q.state.data?.[0]?.version ?? 0) < waitingFor ? 3000 : false),
  });
  const { data: categories } = useCategories();
  const names = useMemo(() => new Map((categories ?? []).map((c) => [c.id, c.path])), [categories]);
  const newest = data?.[0]?.version ?? 0;
  if (waitingFor !== null && newest >= waitingFor) setWaitingFor(null);

  const retrain = async () => {
    await retrainModel();
    setWaitingFor(newest + 1);
    void message.success(t('assist.retrainQueued'));
  };
  const activate = async (m: ModelVersion) => {
    await activateModel(m.id);
    await client.invalidateQueries({ queryKey: MODELS_KEY });
    void message.success(t('assist.activated', { version: m.version }));
  };
  const uptake = (u: ModelVersion['uptake']['category']) =>
    u && u.total ? `${formatPercent(u.first / u.total)} / ${formatPercent(u.offered / u.total)}` : '—';

  const columns: TableColumnsType<ModelVersion> = [
    {
      title: t('assist.version'),
      dataIndex: 'version',
      render: (v: number, m) => (
        <Space>
          {`v${v}`}
          {m.active && <Tag color="green">{t('assist.inUse')}</Tag>}
        </Space>
      ),
    },
    { title: t('assist.trainedAt'), dataIndex: 'trainedAt', render: (d: string) => formatDateTime(d) },
    { title: t('assist.trainedBy'), dataIndex: 'trainedBy', render: (b: string | null) => b ?? t('assist.system') },
    { title: t('assist.examples'), render: (_, m) => t('assist.examplesOf', { all: m.examples, own: m.ownExamples }) },
    { title: t('assist.macroF1'), render: (_, m) => formatPercent(m.evaluation.macroF1) },
    { title: 'Top-3', render: (_, m) => formatPercent(m.evaluation.top3) },
    { title: t('assist.uptake'), render: (_, m) => uptake(m.uptake.category) },
    {
      title: t('common.actions'),
      render: (_, m) =>
        m.active ? null : m.kept ? (
          <Popconfirm title={t('assist.activateConfirm', { version: m.version })} onConfirm={() => activate(m)}>
            <Button size="small">{t('assist.activate')}</Button>
          </Popconfirm>
        ) : (
          <Typography.Text type="secondary">{t('assist.notKept')}</Typography.Text>
        ),
    },
  ];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert type="info" showIcon title={t('assist.silverNote')} />
      <Space>
        <Button type="primary" onClick={() => void retrain()} loading={waitingFor !== null}>
          {t('assist.retrain')}
        </Button>
        <Typography.Text type="secondary">{t('assist.retrainHint')}</Typography.Text>
      </Space>
      <Table<ModelVersion>
        rowKey="id"
        size="small"
        loading={isLoading}
        dataSource={data ?? []}
        columns={columns}
        pagination={false}
        expandable={{ expandedRowRender: (m) => <Evaluation model={m} names={names} /> }}
        aria-label={t('assist.versions')}
      />
    </Space>
  );
}

function RuleModal({ rule, onClose }: { rule: BodyRule | null; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form] = Form.useForm<BodyRuleInput>();
  const onError = useServerErrors(form);
  const [busy, setBusy] = useState(false);
  const submit = async (v: BodyRuleInput) => {
    setBusy(true);
    try {
      await saveRule(rule?.id ?? null, { ...v, nameContains: v.nameContains?.trim() || null });
      await client.invalidateQueries({ queryKey: RULES_KEY });
      onClose();
    } catch (e) {
      onError(e, ['categoryId', 'orgKind', 'nameContains']);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={rule ? t('assist.rules.edit') : t('assist.rules.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form<BodyRuleInput>
        form={form}
        layout="vertical"
        name="assistRule"
        initialValues={
          rule ? { categoryId: rule.categoryId, orgKind: rule.orgKind, nameContains: rule.nameContains } : { orgKind: 'department' }
        }
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="categoryId"
          label={t('assist.rules.category')}
          rules={[{ required: true, message: t('assist.rules.categoryRequired') }]}
        >
          <CategoryCascader />
        </Form.Item>
        <Form.Item name="orgKind" label={t('assist.rules.kind')} rules={[{ required: true }]}>
          <Select options={ORG_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="nameContains" label={t('assist.rules.nameContains')} extra={t('assist.rules.nameHint')}>
          <Input maxLength={50} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Rules() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { data, isLoading } = useQuery({ queryKey: RULES_KEY, queryFn: fetchRules });
  const [editing, setEditing] = useState<BodyRule | null | undefined>(undefined);
  const remove = async (r: BodyRule) => {
    await deleteRule(r.id);
    await client.invalidateQueries({ queryKey: RULES_KEY });
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t('assist.rules.hint')}</Typography.Paragraph>
      <Button onClick={() => setEditing(null)}>{t('assist.rules.add')}</Button>
      <Table<BodyRule>
        rowKey="id"
        size="small"
        loading={isLoading}
        dataSource={data ?? []}
        pagination={false}
        aria-label={t('assist.rules.title')}
        columns={[
          { title: t('assist.rules.category'), dataIndex: 'categoryPath' },
          { title: t('assist.rules.kind'), dataIndex: 'orgKind', render: (k: BodyRule['orgKind']) => t(`kinds.${k}`) },
          { title: t('assist.rules.nameContains'), dataIndex: 'nameContains', render: (n: string | null) => n ?? t('assist.rules.any') },
          {
            title: t('common.actions'),
            render: (_, r) => (
              <Space>
                <Button size="small" onClick={() => setEditing(r)}>
                  {t('assist.rules.edit')}
                </Button>
                <Popconfirm title={t('assist.rules.deleteConfirm')} onConfirm={() => remove(r)}>
                  <Button size="small" danger>
                    {t('assist.rules.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      {editing !== undefined && <RuleModal rule={editing} onClose={() => setEditing(undefined)} />}
    </Space>
  );
}

/** 智能辅助 administration: the category model's versions (figures, going back, retraining), the body rules, the knowledge base. */
export function AssistManager() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('assist.adminTitle')} />
      <Tabs
        items={[
          { key: 'models', label: t('assist.versions'), children: <Models /> },
          { key: 'rules', label: t('assist.rules.title'), children: <Rules /> },
          { key: 'knowledge', label: t('assist.knowledge.admin'), children: <KnowledgeManager /> },
        ]}
      />
    </>
  );
}
