import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AntApp,
  Button,
  Card,
  Col,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Row,
  Space,
  Tag,
  Tooltip,
  Typography,
  formatDateTime,
  useServerErrors,
  PageHeader,
  Skeleton,
  draftKey,
  useDraft,
} from '../../../ui';
import { useCurrentUser } from '../../auth/hooks/useMe';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { fetchTemplates, previewTemplate, revertTemplate, saveTemplate, type DocumentKind, type DocumentTemplate } from '../api';

const TEMPLATES_KEY = ['document-templates'] as const;

/** Where the template in force comes from: the body's own, inherited from a body above, or the built-in one. */
function SourceTag({ template }: { template: DocumentTemplate }) {
  const { t } = useTranslation();
  if (template.own) return <Tag color="blue">{t('documents.templates.own')}</Tag>;
  if (template.source) return <Tag>{t('documents.templates.inherited', { name: template.source.name })}</Tag>;
  return <Tag>{t('documents.templates.builtIn')}</Tag>;
}

/**
 * The editor of one kind's template for a body: the text, the variables to insert, save as the body's own,
 * preview as PDF, fill in the built-in text, withdraw the body's own (it inherits again).
 */
function TemplateEditor({ template, orgId }: { template: DocumentTemplate; orgId: number }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ body: string }>();
  const me = useCurrentUser();
  const draft = useDraft(form, draftKey(me.id, `template.${template.kind}`, orgId), { initialValues: { body: template.body } });
  const onError = useServerErrors(form);
  const [busy, setBusy] = useState<'save' | 'preview' | 'revert' | null>(null);
  const [pdfUrl, setPdfUrl] = useState<string | null>(null);
  const caret = useRef<number | null>(null);

  // The text in force after a save or a withdrawal; the first one is already there (or a draft over it).
  const shown = useRef(template);
  useEffect(() => {
    if (shown.current === template) return;
    shown.current = template;
    form.setFieldsValue({ body: template.body });
  }, [form, template]);
  useEffect(() => () => void (pdfUrl && URL.revokeObjectURL(pdfUrl)), [pdfUrl]);

  const insert = (name: string) => {
    const body: string = form.getFieldValue('body') ?? '';
    const at = caret.current ?? body.length;
    const token = `{{${name}}}`;
    form.setFieldsValue({ body: body.slice(0, at) + token + body.slice(at) });
    draft.onValuesChange();
    caret.current = at + token.length;
  };
  // A body's template reaches the bodies below it too: every cached body is read again.
  const write = async (what: 'save' | 'revert', call: () => Promise<unknown>, done: string) => {
    setBusy(what);
    try {
      await call();
      draft.clear();
      await client.invalidateQueries({ queryKey: TEMPLATES_KEY });
      void message.success(done);
    } catch (e) {
      onError(e, ['body']);
    } finally {
      setBusy(null);
    }
  };
  const save = ({ body }: { body: string }) =>
    write('save', () => saveTemplate(orgId, template.kind, body), t('documents.templates.saved'));
  const revert = () => write('revert', () => revertTemplate(orgId, template.kind), t('documents.templates.reverted'));
  const preview = async () => {
    setBusy('preview');
    try {
      const blob = await previewTemplate(template.kind, form.getFieldValue('body') ?? '');
      setPdfUrl(URL.createObjectURL(blob));
    } catch (e) {
      onError(e, ['body']);
    } finally {
      setBusy(null);
    }
  };
  const remember = (e: { currentTarget: HTMLTextAreaElement }) => (caret.current = e.currentTarget.selectionStart);

  return (
    <Card
      size="small"
      title={template.title}
      extra={
        <Space size={4}>
          <SourceTag template={template} />
          {template.source && (
            <Typography.Text type="secondary">
              {t('documents.templates.updated', { name: template.updatedBy ?? '', at: formatDateTime(template.updatedAt) })}
            </Typography.Text>
          )}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('documents.templates.hint', { example: '{{petitionNumber}}' })}</Typography.Paragraph>
      {draft.notice}
      <Form
        form={form}
        layout="vertical"
        name="documentTemplate"
        initialValues={draft.initialValues}
        onValuesChange={draft.onValuesChange}
        onFinish={(v) => void save(v)}
      >
        <Form.Item name="body" label={t('documents.templates.body')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea
            autoSize={{ minRows: 12, maxRows: 30 }}
            maxLength={20000}
            onSelect={remember}
            onKeyUp={remember}
            onClick={remember}
          />
        </Form.Item>
        <Form.Item label={t('documents.templates.variables')}>
          <Space wrap size={[4, 4]}>
            {template.variables.map((v) => (
              // The label in the UI's language; the token it inserts in the tooltip.
              <Tooltip key={v.name} title={[`{{${v.name}}}`, v.required ? t('documents.templates.requiredHint') : ''].join(' ')}>
                <Button size="small" type={v.required ? 'primary' : 'default'} ghost={v.required} onClick={() => insert(v.name)}>
                  {v.label}
                </Button>
              </Tooltip>
            ))}
          </Space>
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={busy === 'save'}>
            {t('documents.templates.save')}
          </Button>
          <Button onClick={() => void preview()} loading={busy === 'preview'}>
            {t('documents.templates.preview')}
          </Button>
          <Button onClick={() => form.setFieldsValue({ body: template.defaultBody })}>{t('documents.templates.reset')}</Button>
          {template.own && (
            <Popconfirm
              title={
                template.inheritedFrom
                  ? t('documents.templates.revertConfirm', { name: template.inheritedFrom.name })
                  : t('documents.templates.revertConfirmBuiltIn')
              }
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() => void revert()}
            >
              <Button danger loading={busy === 'revert'}>
                {t('documents.templates.revert')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      </Form>
      <Modal open={!!pdfUrl} title={template.title} onCancel={() => setPdfUrl(null)} footer={null} width="80vw" destroyOnHidden>
        {pdfUrl && <iframe title={template.title} src={pdfUrl} style={{ width: '100%', height: '75vh', border: 0 }} />}
      </Modal>
    </Card>
  );
}

/** 文书模板 (系统管理): a body's templates (the administrator's own by default, or one below), each with its source. */
export function TemplatesManager() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const [orgId, setOrgId] = useState(me.org.id);
  // Kind titles and variable labels come in the UI's language.
  const { data, isLoading } = useQuery({ queryKey: [...TEMPLATES_KEY, orgId, i18n.language], queryFn: () => fetchTemplates(orgId) });
  const [kind, setKind] = useState<DocumentKind>('decision');
  const current = data?.items.find((x) => x.kind === kind) ?? data?.items[0];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <PageHeader title={t('documents.templates.title')} />
      <Typography.Text type="secondary">{t('documents.templates.intro')}</Typography.Text>
      <Form layout="inline" name="templateBody">
        <Form.Item label={t('documents.templates.org')} htmlFor="templateOrg">
          <OrgTreeSelect id="templateOrg" value={orgId} onChange={(v) => v && setOrgId(v)} style={{ minWidth: 260 }} />
        </Form.Item>
      </Form>
      {isLoading || !data || !current ? (
        <Skeleton active />
      ) : (
        <Row gutter={16}>
          <Col xs={24} md={7} lg={6}>
            <Card size="small" title={t('documents.templates.kinds')}>
              <List<DocumentTemplate>
                size="small"
                dataSource={data.items}
                renderItem={(x) => (
                  <List.Item key={x.kind} style={{ paddingInline: 0 }}>
                    <Button
                      type={x.kind === current.kind ? 'primary' : 'text'}
                      block
                      style={{ justifyContent: 'flex-start' }}
                      onClick={() => setKind(x.kind)}
                    >
                      {x.title}
                      {x.own && <Tag style={{ marginInlineStart: 8 }}>{t('documents.templates.ownShort')}</Tag>}
                    </Button>
                  </List.Item>
                )}
              />
            </Card>
          </Col>
          <Col xs={24} md={17} lg={18}>
            <TemplateEditor key={`${data.org.id}-${current.kind}`} template={current} orgId={data.org.id} />
          </Col>
        </Row>
      )}
    </Space>
  );
}
