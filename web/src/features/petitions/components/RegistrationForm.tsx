import { ANONYMOUS_TYPES, CHANNELS, MAX_CONTENT_LENGTH, MAX_TITLE_LENGTH, PETITION_TYPES } from '@xinfang/domain';
import dayjs from 'dayjs';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  Alert,
  AntApp,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Tag,
  Typography,
  Upload,
  useServerErrors,
  type UploadFile,
} from '../../../ui';
import { CategoryCascader } from '../../categories/components/CategoryCascader';
import { OrgDirectorySelect } from '../../orgs/components/OrgDirectorySelect';
import { RegionPicker } from '../../orgs/components/RegionPicker';
import { ApiError } from '../../../api/client';
import { correctPetition, registerPetition, uploadAttachment } from '../api/petitions';
import { type Attachment, type Candidate, type PetitionDetail, type RepeatQuery } from '../api/types';
import {
  FORM_FIELDS,
  emptyPetitioner,
  fromPetition,
  isMasked,
  toCorrectInput,
  toRegisterInput,
  type FormValues,
  type PetitionerRow,
} from '../formModel';
import { usePetitionChanged } from '../hooks/usePetition';
import { loadLastEntry, saveLastEntry } from '../lastEntry';
import { PetitionerList } from './PetitionerList';
import { RepeatPanel } from './RepeatPanel';

const FOCUSABLE = 'input:not([type=hidden]):not([type=file]):not([disabled]), textarea:not([disabled])';

function initialValues(): Partial<FormValues> {
  const last = loadLastEntry();
  const now = dayjs();
  const receivedAt = last.receivedDate
    ? dayjs(last.receivedDate).hour(now.hour()).minute(now.minute()).second(0).millisecond(0)
    : now.second(0).millisecond(0);
  return {
    channel: last.channel ?? 'visit',
    receivedAt,
    type: 'appeal',
    personsCount: 1,
    involvedCount: 0,
    petitioners: [emptyPetitioner(true)],
  };
}

const toFile = (a: Attachment): UploadFile<Attachment> => ({
  uid: String(a.id),
  name: a.filename,
  status: 'done',
  response: a,
  url: `/api/attachments/${a.id}/content`,
});

/**
 * 信访登记 (and, with `petition`, 更正登记): keyboard-first — Enter moves to the next field outside text areas,
 * Ctrl+Enter saves from anywhere; repeat candidates beside the form.
 */
export function RegistrationForm({ petition }: { petition?: PetitionDetail }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const changed = usePetitionChanged();
  const [form] = Form.useForm<FormValues>();
  const onServerError = useServerErrors(form, true);
  const container = useRef<HTMLDivElement>(null);
  const correcting = !!petition;
  const initial = useMemo(() => (petition ? fromPetition(petition) : initialValues()), [petition]);
  const [files, setFiles] = useState<UploadFile<Attachment>[]>(() => petition?.attachments.map(toFile) ?? []);
  const [repeatOf, setRepeatOf] = useState<{ id: number; number: string } | null>(null);
  const [saving, setSaving] = useState(false);
  // Set when the server refuses the same facts and reasons after 复核 (条例 Art. 36): the clerk may state new ones.
  const [finalMatter, setFinalMatter] = useState<{ number: string; message: string } | null>(null);
  // The version the form was filled from: a refetch in the background must not make stale edits look current.
  const [baseVersion] = useState(petition?.version ?? 0);
  // Set when someone else changed the petition while this correction was being made: nothing was saved.
  const [conflict, setConflict] = useState(false);

  const type = Form.useWatch('type', form);
  const accusedOrgId = Form.useWatch('accusedOrgId', form) as number | null | undefined;
  const petitioners = Form.useWatch('petitioners', { form, preserve: true }) as PetitionerRow[] | undefined;
  const title = Form.useWatch('title', form) as string | undefined;
  const content = Form.useWatch('content', form) as string | undefined;
  const repeatQuery: RepeatQuery = useMemo(
    () => ({
      petitioners: (petitioners ?? [])
        .map((p) => ({
          name: p?.name?.trim() || undefined,
          idNumber: p?.idNumber?.trim() && !isMasked(p.idNumber) ? p.idNumber.trim() : undefined,
          phone: p?.phone?.trim() && !isMasked(p.phone) ? p.phone.trim() : undefined,
          address: p?.address?.trim() || undefined,
        }))
        .filter((p) => p.name || p.idNumber || p.phone),
      title: title ?? '',
      content: (content ?? '').slice(0, 2000),
      ...(petition ? { excludeId: petition.id } : {}),
    }),
    [petitioners, title, content, petition],
  );

  const attachmentIds = files.filter((f) => f.status === 'done' && f.response).map((f) => f.response!.id);

  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      void message.error(t('petition.invalidForm'));
      const first = form.getFieldsError().find((f) => f.errors.length);
      if (first) form.scrollToField(first.name, { block: 'center' });
      return;
    }
    const values = form.getFieldsValue(true) as FormValues;
    setSaving(true);
    try {
      if (!petition) {
        const body = toRegisterInput(values, attachmentIds, repeatOf?.id ?? null);
        const result = await registerPetition(body);
        saveLastEntry(values.channel, values.receivedAt.format('YYYY-MM-DD'));
        changed(result.petition);
        await navigate(`/petitions/${result.petition.id}/receipt`, { state: { queryCode: result.queryCode } });
      } else {
        const before = toRegisterInput(
          fromPetition(petition),
          petition.attachments.map((a) => a.id),
          null,
        );
        const after = toRegisterInput(values, attachmentIds, null);
        // Petitioner rows go back as shown: the server keeps a masked value (with *) of a kept petitioner unchanged.
        const body = toCorrectInput(before, after, values.reason ?? '', baseVersion);
        const updated = await correctPetition(petition.id, body);
        changed(updated);
        void message.success(t('petition.corrected'));
        await navigate(`/petitions/${petition.id}`);
      }
    } catch (e) {
      if (e instanceof ApiError && e.code === 'matter_final')
        setFinalMatter({ number: String(e.details.number ?? ''), message: e.message });
      if (e instanceof ApiError && e.code === 'version_conflict') {
        setConflict(true);
        return;
      }
      const plan = onServerError(e, FORM_FIELDS);
      const first = plan.fields[0];
      if (first) form.scrollToField(first.name, { block: 'center' });
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      void submit();
      return;
    }
    const target = e.target as HTMLElement;
    if (target.tagName !== 'INPUT') return;
    const input = target as HTMLInputElement;
    // An open drop-down (select, cascader) takes Enter to choose; let it.
    if (input.getAttribute('aria-expanded') === 'true') return;
    if (input.type === 'checkbox' || input.type === 'radio') return;
    e.preventDefault();
    const all = Array.from(container.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []).filter((el) => el.offsetParent !== null);
    const next = all[all.indexOf(input) + 1];
    next?.focus();
  };

  const link = (c: Candidate) => {
    setRepeatOf({ id: c.id, number: c.number });
    void message.success(t('petition.repeatOf', { number: c.number }));
  };

  const anonymousAllowed = ANONYMOUS_TYPES.includes(type ?? 'appeal');

  return (
    <div ref={container} onKeyDown={onKeyDown}>
      <Row gutter={16}>
        <Col span={16}>
          <Form<FormValues>
            form={form}
            name="registration"
            layout="vertical"
            size="middle"
            initialValues={initial}
            onValuesChange={(c: Partial<FormValues>) => {
              if (c.type && !ANONYMOUS_TYPES.includes(c.type)) form.setFieldValue('anonymous', false);
            }}
            onFinish={() => void submit()}
            requiredMark
          >
            <Card
              size="small"
              title={
                <Space>
                  <span>{correcting ? t('petition.correctTitle', { number: petition.number }) : t('petition.registerTitle')}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
                    {t('petition.keyboardHint')}
                  </Typography.Text>
                </Space>
              }
              extra={
                repeatOf && (
                  <Tag
                    color="magenta"
                    closable
                    onClose={() => setRepeatOf(null)}
                    closeIcon={<span aria-label={t('petition.clearRepeat')}>×</span>}
                    data-testid="repeat-of-tag"
                  >
                    {t('petition.repeatOf', { number: repeatOf.number })}
                  </Tag>
                )
              }
            >
              <Row gutter={12}>
                <Col span={6}>
                  <Form.Item name="channel" label={t('petition.channel')} rules={[{ required: true }]}>
                    <Select autoFocus options={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))} />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item name="receivedAt" label={t('petition.receivedAt')} rules={[{ required: true }]}>
                    <DatePicker
                      showTime={{ format: 'HH:mm' }}
                      format="YYYY-MM-DD HH:mm"
                      style={{ width: '100%' }}
                      disabledDate={(d) => d.isAfter(dayjs().endOf('day'))}
                    />
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item name="type" label={t('petition.type')} rules={[{ required: true }]}>
                    <Select options={PETITION_TYPES.map((c) => ({ value: c, label: t(`petitionTypes.${c}`) }))} />
                  </Form.Item>
                </Col>
                <Col span={7}>
                  <Form.Item name="categoryId" label={t('petition.category')}>
                    <CategoryCascader placeholder={t('petition.categoryPlaceholder')} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item
                name="title"
                label={t('petition.title')}
                rules={[
                  { required: true, whitespace: true, message: t('petition.required', { field: t('petition.title') }) },
                  { max: MAX_TITLE_LENGTH },
                ]}
              >
                <Input maxLength={MAX_TITLE_LENGTH} showCount />
              </Form.Item>
              <Form.Item
                name="content"
                label={t('petition.content')}
                rules={[{ required: true, whitespace: true, message: t('petition.required', { field: t('petition.content') }) }]}
              >
                <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={MAX_CONTENT_LENGTH} showCount />
              </Form.Item>
              <Row gutter={12}>
                <Col span={8}>
                  <Form.Item name="placeRegionCode" label={t('petition.placeRegion')}>
                    <RegionPicker style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name="placeAddress" label={t('petition.placeAddress')}>
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item name="personsCount" label={t('petition.personsCount')} rules={[{ required: true }]}>
                    <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item name="involvedCount" label={t('petition.involvedCount')}>
                    <InputNumber min={0} max={10000000} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item label={t('petition.flagsLabel')} style={{ marginBottom: 8 }}>
                <Space wrap>
                  {(['skipLevel', 'litigation', 'majorUrgent', 'confidential'] as const).map((f) => (
                    <Form.Item key={f} name={f} valuePropName="checked" noStyle>
                      <Checkbox>{t(`flags.${f}`)}</Checkbox>
                    </Form.Item>
                  ))}
                  <Form.Item name="anonymous" valuePropName="checked" noStyle>
                    <Checkbox disabled={!anonymousAllowed} title={t('petition.anonymousHint')}>
                      {t('flags.anonymous')}
                    </Checkbox>
                  </Form.Item>
                  {!anonymousAllowed && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('petition.anonymousHint')}
                    </Typography.Text>
                  )}
                </Space>
              </Form.Item>
              {type === 'accusation' && (
                <Row gutter={12}>
                  <Col span={12}>
                    <Form.Item
                      name="accusedPerson"
                      label={t('petition.accusedPerson')}
                      dependencies={['accusedOrgId']}
                      rules={[
                        {
                          validator: async (_, v: string | undefined) => {
                            if (!v?.trim() && !form.getFieldValue('accusedOrgId')) throw new Error(t('petition.accusedRequired'));
                          },
                        },
                      ]}
                    >
                      <Input maxLength={100} />
                    </Form.Item>
                  </Col>
                  <Col span={12}>
                    <Form.Item name="accusedOrgId" label={t('petition.accusedOrg')} style={{ marginBottom: 4 }}>
                      <OrgDirectorySelect allowClear style={{ width: '100%' }} />
                    </Form.Item>
                    {!accusedOrgId && (
                      <Form.Item name="accusedOrgNone" valuePropName="checked" extra={t('petition.accusedOrgNoneHint')}>
                        <Checkbox data-testid="accused-org-none">{t('petition.accusedOrgNone')}</Checkbox>
                      </Form.Item>
                    )}
                  </Col>
                </Row>
              )}
            </Card>
            <Card size="small" style={{ marginTop: 12 }}>
              {correcting && petition.petitioners.some((p) => p.masked) && (
                <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('detail.maskedKept')} data-testid="masked-kept" />
              )}
              <PetitionerList />
            </Card>
            <Card size="small" style={{ marginTop: 12 }} title={t('petition.attachments')}>
              <Upload<Attachment>
                multiple
                fileList={files}
                onChange={({ fileList }) => setFiles(fileList)}
                onRemove={(f) => !petition?.attachments.some((a) => a.id === f.response?.id)}
                customRequest={({ file, onSuccess, onError }) => {
                  uploadAttachment(file as File)
                    .then((a) => onSuccess?.(a))
                    .catch((e: Error) => {
                      void message.error(`${(file as File).name}：${e.message}`);
                      onError?.(e);
                    });
                }}
                accept=".jpg,.jpeg,.png,.gif,.webp,.pdf,.mp3,.wav,.m4a,.amr,.doc,.docx,.xls,.xlsx,.txt"
              >
                <Button>{t('petition.upload')}</Button>
              </Upload>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('petition.uploadHint')}
              </Typography.Text>
            </Card>
            {correcting && (
              <Card size="small" style={{ marginTop: 12 }}>
                <Form.Item
                  name="reason"
                  label={t('petition.reason')}
                  rules={[{ required: true, whitespace: true, min: 2, message: t('petition.required', { field: t('petition.reason') }) }]}
                >
                  <Input maxLength={500} />
                </Form.Item>
              </Card>
            )}
            {conflict && (
              <Alert
                type="error"
                showIcon
                role="alert"
                style={{ marginTop: 12 }}
                data-testid="version-conflict"
                title={t('petition.versionConflict')}
                description={t('petition.versionConflictHelp')}
                action={
                  <Button size="small" onClick={() => window.location.reload()}>
                    {t('petition.reloadLatest')}
                  </Button>
                }
              />
            )}
            {finalMatter && !correcting && (
              <Card size="small" style={{ marginTop: 12 }}>
                <Alert
                  type="warning"
                  showIcon
                  title={finalMatter.message}
                  description={t('petition.finalMatter', { number: finalMatter.number })}
                />
                <Form.Item name="newFacts" label={t('petition.newFacts')} style={{ marginTop: 12, marginBottom: 0 }}>
                  <Input.TextArea rows={3} maxLength={2000} />
                </Form.Item>
              </Card>
            )}
            <Space style={{ marginTop: 12 }}>
              <Button type="primary" htmlType="submit" loading={saving}>
                {correcting ? t('petition.saveCorrection') : t('petition.save')}（Ctrl+Enter）
              </Button>
              {correcting && <Button onClick={() => void navigate(`/petitions/${petition.id}`)}>{t('common.cancel')}</Button>}
            </Space>
          </Form>
        </Col>
        <Col span={8}>
          <RepeatPanel query={repeatQuery} linkedId={repeatOf?.id ?? null} onLink={link} />
        </Col>
      </Row>
    </div>
  );
}
