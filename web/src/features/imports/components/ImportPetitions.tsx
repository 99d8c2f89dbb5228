import { CHANNELS, PETITION_TYPES } from '@xinfang/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  AntApp,
  Button,
  Card,
  Col,
  Form,
  Input,
  Progress,
  Row,
  Select,
  Space,
  RowErrorsTable,
  Tag,
  Typography,
  Upload,
  useServerErrors,
  PageHeader,
} from '../../../ui';
import { fetchImportJob, startDemoImport, startImport, type ImportMapping } from '../api/imports';
import { guessMapping, jobCounts, readColumns } from '../columns';
import { dynamicKey } from '../../../i18n/keys';

const FIELDS = ['externalId', 'title', 'content', 'receivedAt', 'petitionerName', 'phone', 'category', 'channel', 'type'] as const;
const REQUIRED = new Set(['externalId', 'title', 'content', 'receivedAt']);

type MappingValues = Partial<Record<(typeof FIELDS)[number], string>> & { fixedChannel?: string; fixedType?: string };

function JobProgress({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const { data: job } = useQuery({
    queryKey: ['imports', id],
    queryFn: () => fetchImportJob(id),
    refetchInterval: (q) => (q.state.data && (q.state.data.status === 'done' || q.state.data.status === 'failed') ? false : 1000),
  });
  const finished = job?.status === 'done' && !job.dryRun && job.created > 0;
  useEffect(() => {
    // New petitions: the work list and the workbench counts are stale.
    if (finished) void client.invalidateQueries({ queryKey: ['petitions'] });
  }, [finished, client]);
  if (!job) return null;
  const counts = jobCounts(job);
  const fieldLabel = (f: string) => {
    const key = f === 'externalId' || f === 'petitionerName' ? `imports.${f}` : `petition.${f}`;
    return f && i18n.exists(key) ? t(dynamicKey(key)) : f;
  };
  const percent = job.total ? Math.round((job.processed / job.total) * 100) : job.status === 'done' ? 100 : 0;
  return (
    <Card
      size="small"
      data-testid="import-job"
      title={t('imports.job', { id: job.id })}
      extra={job.dryRun && <Tag color="blue">{t('imports.dryRunTag')}</Tag>}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space>
          <Tag color={job.status === 'failed' ? 'red' : job.status === 'done' ? 'green' : 'processing'}>
            {t(`imports.jobStatus.${job.status}`)}
          </Tag>
          <span>{t('imports.progress', { processed: job.processed, total: job.total })}</span>
        </Space>
        <Progress percent={percent} status={job.status === 'failed' ? 'exception' : job.status === 'done' ? 'success' : 'active'} />
        <Typography.Text data-testid="import-summary">
          {t(job.dryRun ? 'imports.dryRunSummary' : 'imports.summary', {
            created: counts.created,
            skipped: counts.skipped,
            errors: counts.errorRows,
          })}
        </Typography.Text>
        {job.errors.length > 0 && <RowErrorsTable rows={job.errors} fieldLabel={fieldLabel} title={t('imports.errors')} />}
      </Space>
    </Card>
  );
}

/** 历史数据导入: file, column mapping, 试运行 then 导入, progress polled every second, the rows at fault. */
export function ImportPetitions() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<MappingValues>();
  const onError = useServerErrors(form);
  const [file, setFile] = useState<File | null>(null);
  const [columns, setColumns] = useState<string[]>([]);
  const [jobId, setJobId] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (f: File) => {
    setFile(f);
    setJobId(null);
    const cols = await readColumns(f);
    setColumns(cols);
    form.setFieldsValue(guessMapping(cols));
  };

  const run = async (dryRun: boolean) => {
    if (!file) return;
    let v: MappingValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const mapping: ImportMapping = {
      externalId: v.externalId!,
      title: v.title!,
      content: v.content!,
      receivedAt: v.receivedAt!,
    };
    for (const k of ['petitionerName', 'phone', 'category', 'channel', 'type'] as const) if (v[k]?.trim()) mapping[k] = v[k]!.trim();
    if (v.fixedChannel || v.fixedType) mapping.defaults = { channel: v.fixedChannel, type: v.fixedType };
    setBusy(true);
    try {
      setJobId((await startImport(file, mapping, dryRun)).id);
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  const demo = async () => {
    setBusy(true);
    try {
      setJobId((await startDemoImport()).id);
      void message.info(t('imports.demoHint'));
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader
        title={t('imports.title')}
        actions={
          <Button onClick={() => void demo()} loading={busy} title={t('imports.demoHint')}>
            {t('imports.demo')}
          </Button>
        }
      />
      <Alert type="info" showIcon title={t('imports.hint')} />
      <Card size="small" title={t('imports.file')}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Upload
            accept=".xlsx,.csv,.jsonl"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(f) => {
              void choose(f);
              return false;
            }}
          >
            <Button>{t('imports.chooseFile')}</Button>
          </Upload>
          {file && <Typography.Text>{file.name}</Typography.Text>}
          {file && (
            <Typography.Text type="secondary">
              {t('imports.columns')}：{columns.length ? columns.join('、') : t('imports.noColumns')}
            </Typography.Text>
          )}
        </Space>
      </Card>
      {file && (
        <Card size="small" title={t('imports.mapping')}>
          <Form form={form} layout="vertical" name="importMapping">
            <Row gutter={12}>
              {FIELDS.map((f) => (
                <Col key={f} xs={24} sm={12} md={8}>
                  <Form.Item
                    name={f}
                    label={
                      f === 'externalId'
                        ? t('imports.externalId')
                        : f === 'petitionerName'
                          ? t('imports.petitionerName')
                          : t(`petition.${f}`)
                    }
                    rules={[{ required: REQUIRED.has(f), whitespace: true }]}
                  >
                    {columns.length ? (
                      <Select allowClear showSearch options={columns.map((c) => ({ value: c, label: c }))} />
                    ) : (
                      <Input maxLength={100} />
                    )}
                  </Form.Item>
                </Col>
              ))}
              <Col xs={24} sm={12} md={8}>
                <Form.Item name="fixedChannel" label={t('imports.fixedChannel')} extra={t('imports.fixedHint')}>
                  <Select allowClear options={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12} md={8}>
                <Form.Item name="fixedType" label={t('imports.fixedType')} extra={t('imports.fixedHint')}>
                  <Select allowClear options={PETITION_TYPES.map((c) => ({ value: c, label: t(`petitionTypes.${c}`) }))} />
                </Form.Item>
              </Col>
            </Row>
            <Space>
              <Button onClick={() => void run(true)} loading={busy}>
                {t('imports.dryRun')}
              </Button>
              <Button type="primary" onClick={() => void run(false)} loading={busy}>
                {t('imports.run')}
              </Button>
            </Space>
          </Form>
        </Card>
      )}
      {jobId !== null && <JobProgress key={jobId} id={jobId} />}
    </Space>
  );
}
