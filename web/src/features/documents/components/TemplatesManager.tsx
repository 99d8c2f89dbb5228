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
  Row,
  Space,
  Spin,
  Tag,
  Tooltip,
  Typography,
  formatDateTime,
  useServerErrors,
} from '../../../ui';
import { fetchTemplates, previewTemplate, saveTemplate, type DocumentKind, type DocumentTemplate } from '../api';

const TEMPLATES_KEY = ['document-templates'] as const;

/** The editor of one kind's template: the text, the variables to insert, save, preview as PDF, back to default. */
function TemplateEditor({ template }: { template: DocumentTemplate }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<{ body: string }>();
  const onError = useServerErrors(form);
  const [busy, setBusy] = useState<'save' | 'preview' | null>(null);
  const [pdfUrl, setPdfUrl] = useState<string | null>(null);
  const caret = useRef<number | null>(null);

  useEffect(() => form.setFieldsValue({ body: template.body }), [form, template]);
  useEffect(() => () => void (pdfUrl && URL.revokeObjectURL(pdfUrl)), [pdfUrl]);

  const insert = (name: string) => {
    const body: string = form.getFieldValue('body') ?? '';
    const at = caret.current ?? body.length;
    const token = `{{${name}}}`;
    form.setFieldsValue({ body: body.slice(0, at) + token + body.slice(at) });
    caret.current = at + token.length;
  };
  const save = async ({ body }: { body: string }) => {
    setBusy('save');
    try {
      const saved = await saveTemplate(template.kind, body);
      client.setQueryData<DocumentTemplate[]>(TEMPLATES_KEY, (old) => old?.map((x) => (x.kind === saved.kind ? saved : x)));
      void message.success(t('documents.templates.saved'));
    } catch (e) {
      onError(e, ['body']);
    } finally {
      setBusy(null);
    }
  };
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
        template.isDefault ? (
          <Tag>{t('documents.templates.isDefault')}</Tag>
        ) : (
          <Typography.Text type="secondary">
            {t('documents.templates.updated', { name: template.updatedBy ?? '', at: formatDateTime(template.updatedAt) })}
          </Typography.Text>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('documents.templates.hint', { example: '{{petitionNumber}}' })}</Typography.Paragraph>
      <Form form={form} layout="vertical" name="documentTemplate" onFinish={save}>
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
              <Tooltip key={v.name} title={v.required ? t('documents.templates.requiredHint') : undefined}>
                <Button size="small" type={v.required ? 'primary' : 'default'} ghost={v.required} onClick={() => insert(v.name)}>
                  {v.label}（{v.name}）
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
        </Space>
      </Form>
      <Modal open={!!pdfUrl} title={template.title} onCancel={() => setPdfUrl(null)} footer={null} width="80vw" destroyOnHidden>
        {pdfUrl && <iframe title={template.title} src={pdfUrl} style={{ width: '100%', height: '75vh', border: 0 }} />}
      </Modal>
    </Card>
  );
}

/** 文书模板 (系统管理): every kind of document, the template in force, edited by administrators. */
export function TemplatesManager() {
  const { t } = useTranslation();
  const { data, isLoading } = useQuery({ queryKey: TEMPLATES_KEY, queryFn: fetchTemplates });
  const [kind, setKind] = useState<DocumentKind>('decision');
  if (isLoading || !data) return <Spin />;
  const current = data.find((x) => x.kind === kind) ?? data[0]!;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('documents.templates.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('documents.templates.intro')}</Typography.Text>
      <Row gutter={16}>
        <Col xs={24} md={7} lg={6}>
          <Card size="small" title={t('documents.templates.kinds')}>
            <List<DocumentTemplate>
              size="small"
              dataSource={data}
              renderItem={(x) => (
                <List.Item key={x.kind} style={{ paddingInline: 0 }}>
                  <Button
                    type={x.kind === current.kind ? 'primary' : 'text'}
                    block
                    style={{ justifyContent: 'flex-start' }}
                    onClick={() => setKind(x.kind)}
                  >
                    {x.title}
                    {!x.isDefault && <Tag style={{ marginInlineStart: 8 }}>{t('documents.templates.edited')}</Tag>}
                  </Button>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} md={17} lg={18}>
          <TemplateEditor key={current.kind} template={current} />
        </Col>
      </Row>
    </Space>
  );
}
