import { ANONYMOUS_TYPES } from '@xinfang/domain';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  Alert,
  AntApp,
  Button,
  Card,
  Col,
  Form,
  Input,
  Row,
  Space,
  Tag,
  Typography,
  draftKey,
  useDraft,
  useEnterMovesFocus,
  useServerErrors,
  type UploadFile,
  chinaPickerValue,
} from '../../../ui';
import { ApiError } from '../../../api/client';
import { correctPetition, registerPetition } from '../api/petitions';
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
import { useCurrentUser } from '../../auth/hooks/useMe';
import { usePetitionChanged } from '../hooks/usePetition';
import { loadLastEntry, saveLastEntry } from '../lastEntry';
import { PetitionerList } from './PetitionerList';
import { AttachmentsCard } from './registration/AttachmentsCard';
import { MatterCard } from './registration/MatterCard';
import { FinalMatterCard, VersionConflictAlert } from './registration/Refusals';
import { RepeatPanel } from './RepeatPanel';
import { SuggestionsCard } from '../../assist/components/SuggestionsCard';
import { useSuggestions } from '../../assist/hooks/useSuggestions';

function initialValues(): Partial<FormValues> {
  const last = loadLastEntry();
  const now = chinaPickerValue();
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

// A draft keeps the received time as an ISO string.
const reviveDraft = (v: Record<string, unknown>) =>
  ({ ...v, receivedAt: typeof v.receivedAt === 'string' ? dayjs(v.receivedAt) : v.receivedAt }) as FormValues;

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
  const correcting = !!petition;
  const me = useCurrentUser();
  const [initial] = useState(() => (petition ? fromPetition(petition) : (initialValues() as FormValues)));
  const draft = useDraft(form, draftKey(me.id, petition ? 'correction' : 'registration', petition?.id ?? 'new'), {
    initialValues: initial,
    revive: reviveDraft,
    attachments: true,
  });
  const [files, setFiles] = useState<UploadFile<Attachment>[]>(() => petition?.attachments.map(toFile) ?? []);
  const [repeatOf, setRepeatOf] = useState<{ id: number; number: string } | null>(null);
  const [saving, setSaving] = useState(false);
  // Set when the server refuses the same facts and reasons after 复核 (条例 Art. 36): the clerk may state new ones.
  const [finalMatter, setFinalMatter] = useState<{ number: string; message: string } | null>(null);
  // The version the form was filled from: a refetch in the background must not make stale edits look current.
  const [baseVersion] = useState(petition?.version ?? 0);
  // Set when someone else changed the petition while this correction was being made: nothing was saved.
  const [conflict, setConflict] = useState(false);

  const petitioners = Form.useWatch('petitioners', { form, preserve: true }) as PetitionerRow[] | undefined;
  const title = Form.useWatch('title', form) as string | undefined;
  const content = Form.useWatch('content', form) as string | undefined;
  const categoryId = (Form.useWatch('categoryId', form) as number | null | undefined) ?? null;
  const placeRegionCode = Form.useWatch('placeRegionCode', form) as string | null | undefined;
  const accusedOrgId = Form.useWatch('accusedOrgId', form) as number | null | undefined;
  // 智能辅助 at registration only: a correction's category is the registrar's own decision to revise.
  const { data: suggestions } = useSuggestions(
    {
      title: title ?? '',
      content: (content ?? '').slice(0, 2000),
      placeRegionCode: placeRegionCode ?? null,
      accusedOrgId: accusedOrgId ?? null,
    },
    !petition,
  );
  // The body the registrar chose among the suggestions: sent as a label, and offered first when routing.
  const [bodyId, setBodyId] = useState<number | null>(null);
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
        const offered = suggestions
          ? {
              assist: {
                modelVersion: suggestions.model.version,
                categoryIds: suggestions.categories.map((c) => c.id),
                bodyIds: suggestions.bodies.map((b) => b.id),
                bodyId,
              },
            }
          : {};
        const result = await registerPetition({ ...body, ...offered });
        saveLastEntry(values.channel, values.receivedAt.format('YYYY-MM-DD'));
        draft.clear();
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
        draft.clear();
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

  const onKeyDown = useEnterMovesFocus(() => void submit());

  const link = (c: Candidate) => {
    setRepeatOf({ id: c.id, number: c.number });
    void message.success(t('petition.repeatOf', { number: c.number }));
  };

  return (
    <div onKeyDownCapture={onKeyDown}>
      <Row gutter={16}>
        <Col span={16}>
          <Form<FormValues>
            form={form}
            name="registration"
            layout="vertical"
            size="middle"
            initialValues={draft.initialValues}
            onValuesChange={(c: Partial<FormValues>) => {
              if (c.type && !ANONYMOUS_TYPES.includes(c.type)) form.setFieldValue('anonymous', false);
              draft.onValuesChange();
            }}
            onFinish={() => void submit()}
            requiredMark
          >
            {draft.notice}
            <MatterCard
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
            />
            <Card size="small" style={{ marginTop: 12 }}>
              {correcting && petition.petitioners.some((p) => p.masked) && (
                <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('detail.maskedKept')} data-testid="masked-kept" />
              )}
              <PetitionerList />
            </Card>
            <AttachmentsCard files={files} setFiles={setFiles} petition={petition} />
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
            {conflict && <VersionConflictAlert onDiscard={draft.clear} />}
            {finalMatter && !correcting && <FinalMatterCard refusal={finalMatter} />}
            <Space style={{ marginTop: 12 }}>
              <Button type="primary" htmlType="submit" loading={saving}>
                {correcting ? t('petition.saveCorrection') : t('petition.save')}（Ctrl+Enter）
              </Button>
              {correcting && <Button onClick={() => void navigate(`/petitions/${petition.id}`)}>{t('common.cancel')}</Button>}
            </Space>
            {!correcting && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                {t('petition.noVillageReport')}
              </Typography.Paragraph>
            )}
          </Form>
        </Col>
        <Col span={8}>
          {!correcting && (
            <SuggestionsCard
              suggestions={suggestions}
              categoryId={categoryId}
              bodyId={bodyId}
              onCategory={(id) => {
                form.setFieldValue('categoryId', id);
                draft.onValuesChange();
              }}
              onBody={setBodyId}
            />
          )}
          <RepeatPanel query={repeatQuery} linkedId={repeatOf?.id ?? null} onLink={link} />
        </Col>
      </Row>
    </div>
  );
}
