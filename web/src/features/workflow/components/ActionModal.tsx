import { type DecisionStage, chinaDate } from '@xinfang/domain';
import { useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import {
  Alert,
  AntApp,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Typography,
  draftKey,
  useDraft,
  useEnterMovesFocus,
  useServerErrors,
} from '../../../ui';
import { useCurrentUser } from '../../auth/hooks/useMe';
import { OrgDirectorySelect } from '../../orgs/components/OrgDirectorySelect';
import { useOrgDirectory } from '../../orgs/hooks/useOrgs';
import type { PetitionDetail } from '../../petitions/api/types';
import { petitionKey } from '../../petitions/hooks/usePetition';
import {
  actionLabelKey,
  buildPayload,
  extensionDaysLeft,
  fieldError,
  isRequired,
  openAssistTasks,
  openSupervisions,
  preselect,
  visibleFields,
  type ActionContext,
  type FieldSpec,
  type Values,
} from '../actions';
import { runAction } from '../api/workflow';
import { MediationParties } from './MediationParties';
import { RouteTargetSelect } from './RouteTargetSelect';
import { DecisionCheck } from '../../assist/components/DecisionCheck';
import { PrecedentPanel } from '../../assist/components/PrecedentPanel';
import { applyInsert } from '../../assist/draft';
import { RouteSuggestions } from '../../assist/components/RouteSuggestions';
import { reviewRoute } from '../model';
import { dynamicKey } from '../../../i18n/keys';

/** Actions whose form starts with a short note on the rule it follows (workflow.hints). */
const HINTED = new Set([
  'receive',
  'return',
  'insist',
  'decline',
  'requestExtension',
  'decide',
  'requestReview',
  'requestReexamination',
  'supervise',
]);
/** Date fields that default to today (China time): things that happened. */
const TODAY_FIELDS = ['occurredOn', 'deliveredOn', 'requestedOn', 'doneOn', 'resolvedOn'];
const FOCUSABLE = 'input:not([type=hidden]):not([disabled]), textarea:not([disabled])';
const clip = (s: string, n = 40) => (s.length > n ? s.slice(0, n) + '…' : s);

/**
 * Keyboard first: the first field of a form that has just opened takes the focus — unless the user is already in one.
 * The dialog says it has opened only once its opening animation has ended, which on a busy machine comes after the
 * user (or a test) has begun typing in a field: moving the focus then sent the rest of the typing to the first field.
 */
export function focusFirstField(body: HTMLElement | null): void {
  if (!body || body.contains(document.activeElement)) return;
  body.querySelector<HTMLElement>(FOCUSABLE)?.focus();
}

export const stageOf = (status: string): DecisionStage =>
  status === 'in_review' ? 'review' : status === 'in_reexamination' ? 'reexamination' : 'handling';

/** The form of one workflow action: its fields (docs/WORKFLOW.md), checked here, then POSTed with the version. */
export function ActionModal({
  petition,
  action,
  onClose,
  onDone,
}: {
  petition: PetitionDetail;
  action: string;
  onClose: () => void;
  onDone: (updated: PetitionDetail) => void;
}) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const { message } = AntApp.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const onError = useServerErrors(form);
  const [busy, setBusy] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const watched = Form.useWatch((v: Values) => v, form);
  const values: Values = useMemo(() => watched ?? {}, [watched]);
  const ctx: ActionContext = { status: petition.status, workflow: petition.workflow, finalRepeat: Boolean(petition.finality) };
  const fields = visibleFields(action, values, ctx);
  const title = t(actionLabelKey(action, petition.status), { defaultValue: action });
  const { data: directory } = useOrgDirectory();

  // Set once per opening: a later refresh of the petition must not reset what was typed.
  const [defaults] = useState(() => {
    const v: Values = {};
    for (const f of visibleFields(action, {}, ctx)) if (TODAY_FIELDS.includes(f.name)) v[f.name] = chinaDate(new Date());
    if (action === 'assistReply') v.assignmentId = preselect(openAssistTasks(ctx), me.org.id);
    if (action === 'replySupervision') v.supervisionId = preselect(openSupervisions(ctx), me.org.id);
    return v;
  });
  // What was typed survives Esc, a click outside and a reload: the next opening of this action on this petition offers it.
  const draft = useDraft(form, draftKey(me.id, `action.${action}`, petition.id), { initialValues: defaults });

  const label = (f: FieldSpec) => t(dynamicKey(`workflow.fields.${f.label ?? f.name}`));
  const daysLeft = extensionDaysLeft(petition.workflow.extensions);

  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const all = form.getFieldsValue(true) as Values;
    setBusy(true);
    try {
      const updated = await runAction(petition.id, action, buildPayload(action, petition.version, all, ctx));
      draft.clear();
      onDone(updated);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'version_conflict') {
        void message.warning(t('workflow.versionConflict'));
        await client.invalidateQueries({ queryKey: petitionKey(petition.id) });
      } else
        onError(
          e,
          fields.map((f) => f.name),
        );
    } finally {
      setBusy(false);
    }
  };

  // As on the registration form: Enter goes to the next field, Ctrl+Enter submits.
  const onKeyDown = useEnterMovesFocus(() => void submit());

  const input = (f: FieldSpec): ReactNode => {
    const aria = label(f);
    switch (f.kind) {
      case 'text':
        return <Input maxLength={f.maxLength} aria-label={aria} />;
      case 'textarea':
        return <Input.TextArea maxLength={f.maxLength} autoSize={{ minRows: 2, maxRows: 10 }} aria-label={aria} />;
      case 'org':
        return <OrgDirectorySelect allowClear style={{ width: '100%' }} aria-label={aria} />;
      case 'routeTarget':
        return <RouteTargetSelect petitionId={petition.id} allowClear style={{ width: '100%' }} aria-label={aria} />;
      case 'village':
        return <RouteTargetSelect petitionId={petition.id} kind="village" allowClear style={{ width: '100%' }} aria-label={aria} />;
      case 'parties':
        return null;
      case 'date':
        return <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} aria-label={aria} />;
      case 'days':
        return <InputNumber min={1} max={30} precision={0} style={{ width: 160 }} aria-label={aria} />;
      case 'amount':
        return <InputNumber min={0} precision={2} step={100} style={{ width: 200 }} aria-label={aria} />;
      case 'bool':
        return (
          <Radio.Group
            aria-label={aria}
            options={[
              { value: true, label: t(dynamicKey(`workflow.options.${f.optionSet}.yes`)) },
              { value: false, label: t(dynamicKey(`workflow.options.${f.optionSet}.no`)) },
            ]}
          />
        );
      case 'choice': {
        const options = (f.options ?? []).map((o) => ({ value: o, label: t(dynamicKey(`workflow.options.${f.optionSet}.${o}`)) }));
        return options.length <= 3 ? (
          <Radio.Group aria-label={aria} options={options} />
        ) : (
          <Select aria-label={aria} options={options} showSearch={{ optionFilterProp: 'label' }} />
        );
      }
      case 'assistTask':
        return (
          <Select
            aria-label={aria}
            options={openAssistTasks(ctx).map((a) => ({ value: a.id, label: `${a.toOrg.name}：${clip(a.task ?? '')}` }))}
          />
        );
      case 'supervisionSlip':
        return (
          <Select
            aria-label={aria}
            options={openSupervisions(ctx).map((s) => ({
              value: s.id,
              label: `${t(`workflow.supervisionKinds.${s.kind}`)}｜${s.fromOrg.name} → ${s.toOrg.name}：${clip(s.message)}`,
            }))}
          />
        );
    }
  };

  const stage = stageOf(petition.status);
  const reviewOrgId = typeof values.reviewOrgId === 'number' ? values.reviewOrgId : null;
  const orgName = (id: number | null | undefined) => (id ? directory?.find((o) => o.id === id)?.name : undefined);
  // The server's default review body: the one above the deciding body (the holder, or the body of the open 复查).
  const decidingOrgId = stage === 'handling' ? petition.holder?.id : petition.workflow.proceedings.find((g) => g.status === 'open')?.org.id;
  const aboveId = directory?.find((o) => o.id === decidingOrgId)?.parentId ?? null;
  const reviewOrg = reviewOrgId
    ? { id: reviewOrgId, name: orgName(reviewOrgId) ?? '' }
    : aboveId && orgName(aboveId)
      ? { id: aboveId, name: orgName(aboveId)! }
      : null;
  const defaultReviewOrg = aboveId ? orgName(aboveId) : undefined;

  const item = (f: FieldSpec) => {
    if (f.kind === 'parties') return <MediationParties key={f.name} label={label(f)} required={isRequired(f, values, ctx)} />;
    const isDateField = f.kind === 'date';
    return (
      <Form.Item
        key={f.name}
        name={f.name}
        label={label(f)}
        required={isRequired(f, values, ctx)}
        dependencies={f.name === 'hearingTo' ? ['hearingFrom'] : f.name === 'adopted' ? ['supervisionId'] : undefined}
        extra={
          f.name === 'days' ? (
            t('workflow.daysLeft', { days: daysLeft })
          ) : f.name === 'reviewOrgId' ? (
            t('workflow.reviewOrgDefault', { org: defaultReviewOrg ?? '—' })
          ) : f.name === 'dueDate' && action === 'assign' ? (
            t('workflow.assignDueDefault')
          ) : f.kind === 'routeTarget' ? (
            <RouteSuggestions
              petitionId={petition.id}
              value={values[f.name] as number | null | undefined}
              onPick={(id) => form.setFieldValue(f.name, id)}
            />
          ) : undefined
        }
        getValueProps={isDateField ? (v: unknown) => ({ value: typeof v === 'string' && v ? dayjs(v) : null }) : undefined}
        normalize={isDateField ? (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined) : undefined}
        rules={[
          {
            validator: async (_, value: unknown) => {
              const code = fieldError(f, { ...(form.getFieldsValue(true) as Values), [f.name]: value }, ctx);
              if (!code) return;
              const typed = f.kind === 'text' || f.kind === 'textarea' || f.kind === 'days' || f.kind === 'amount';
              const key = code === 'required' && !typed ? 'choose' : code;
              throw new Error(t(`workflow.errors.${key}`, { field: label(f), days: daysLeft, max: f.maxLength }));
            },
          },
        ]}
      >
        {input(f)}
      </Form.Item>
    );
  };

  const pending = petition.workflow.extensions.filter((e) => e.status === 'pending');
  const wide = action === 'decide' || action === 'record' || action === 'supervise';

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('workflow.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: action === 'decline' || action === 'return' || action === 'rework' }}
      confirmLoading={busy}
      destroyOnHidden
      width={wide ? 760 : 560}
      // A form without fields leaves the focus on 提交.
      afterOpenChange={(opened) => {
        if (opened) focusFirstField(body.current);
      }}
    >
      <div ref={body} onKeyDownCapture={onKeyDown}>
        {HINTED.has(action) && (
          <Alert type="info" showIcon title={t(dynamicKey(`workflow.hints.${action}`))} style={{ marginBottom: 12 }} />
        )}
        {action === 'approveExtension' &&
          pending.map((e) => (
            <Alert
              key={e.id}
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('workflow.pendingExtension', { days: e.days, reason: e.reason, by: e.requestedBy })}
            />
          ))}
        {fields.length === 0 && <Typography.Paragraph>{t('workflow.confirmAction', { action: title })}</Typography.Paragraph>}
        {action === 'decide' && (
          <PrecedentPanel
            petitionId={petition.id}
            onInsert={(insert) => {
              form.setFieldsValue(applyInsert(form.getFieldsValue(true) as Values, insert));
              draft.onValuesChange();
            }}
          />
        )}
        {draft.notice}
        <Form<Values>
          form={form}
          layout="vertical"
          name={`workflow-${action}`}
          initialValues={draft.initialValues}
          onValuesChange={draft.onValuesChange}
        >
          {fields.map(item)}
        </Form>
        {action === 'decide' && (
          <DecisionCheck
            draft={{
              stage,
              request: values.request as string | undefined,
              facts: values.facts as string | undefined,
              reasons: values.reasons as string | undefined,
              basis: values.basis as string | undefined,
              reviewOrgId: reviewOrg?.id ?? null,
              petitionText: `${petition.title} ${petition.content}`,
            }}
          />
        )}
        {action === 'decide' && (
          <Alert
            type="success"
            title={t('workflow.routePreview')}
            description={reviewRoute({ stage, reviewOrg: reviewOrg?.name ? reviewOrg : null, reviewDays: null }, i18n.language)}
          />
        )}
        {fields.length > 0 && (
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
            {t('workflow.keyboardHint')}
          </Typography.Text>
        )}
      </div>
    </Modal>
  );
}
