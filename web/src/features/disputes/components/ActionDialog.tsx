import {
  CHANNELS,
  DISPUTE_LEGAL_ROUTES,
  FOLLOW_UP_RESULTS,
  MAX_MEDIATION_EXTENSION_DAYS,
  PETITION_TYPES,
  type DisputeAction,
} from '@xinfang/domain';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { dynamicKey } from '../../../i18n/keys';
import { Alert, AntApp, Button, Checkbox, Form, Input, InputNumber, Modal, Select, Upload, Typography, useServerErrors } from '../../../ui';
import { actOnDispute, uploadScan, type ActionAnswer, type Dispute } from '../api/disputes';
import { ACTION_FIELD_OF, actionDefaults, toActionBody, type ActionValues } from '../model';

/**
 * One action on a dispute: its form in a dialog, sent with the version of the dispute shown. Field errors land on the
 * fields; a refusal (409) says why in the server's words, and a stale version asks for a reload.
 */
export function ActionDialog({
  dispute,
  action,
  onClose,
  onDone,
  onReload,
}: {
  dispute: Dispute;
  action: DisputeAction;
  onClose: () => void;
  onDone: (answer: ActionAnswer) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<ActionValues>();
  const onServerError = useServerErrors(form, true);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [initial] = useState(() => actionDefaults(action, dispute));
  const title = t(dynamicKey(`disputes.actions.${action}`));

  const submit = async (values: ActionValues) => {
    setSaving(true);
    setRefusal(null);
    try {
      const answer = await actOnDispute(
        dispute.id,
        action,
        toActionBody(action, { ...values, ...form.getFieldsValue(true) }, dispute.version),
      );
      void message.success(t('disputes.action.done', { action: title }));
      onDone(answer);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'dispute_version_conflict') setConflict(true);
      else if (e instanceof ApiError && e.status === 409) setRefusal(e.message);
      else if (e instanceof ApiError && e.fields.length) {
        const renamed = new ApiError(e.status, e.code, e.message, {
          ...e.details,
          fields: e.fields.map((f) => ({ ...f, path: ACTION_FIELD_OF[f.path] ?? f.path })),
        });
        onServerError(renamed, FIELDS);
      } else onServerError(e, FIELDS);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open title={title} onCancel={onClose} destroyOnHidden footer={null} width={560} data-testid={`action-${action}`}>
      <Form<ActionValues> form={form} layout="vertical" size="large" initialValues={initial} onFinish={(v) => void submit(v)} requiredMark>
        <Fields action={action} dispute={dispute} />
        {refusal && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={refusal} data-testid="action-refusal" />}
        {conflict && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('disputes.action.conflict')}
            action={<Button onClick={onReload}>{t('disputes.action.reload')}</Button>}
          />
        )}
        <Button type="primary" htmlType="submit" block loading={saving}>
          {t('disputes.action.submit')}
        </Button>
      </Form>
    </Modal>
  );
}

const FIELDS = [
  'mediators',
  'heldOn',
  'place',
  'partyIds',
  'note',
  'days',
  'consent',
  'concludedOn',
  'terms',
  'performance',
  'followUpOn',
  'legalRoute',
  'reason',
  'facts',
  'tried',
  'suggestion',
  'toOrgId',
  'visitedOn',
  'result',
  'nextFollowUpOn',
  'court',
  'confirmedOn',
  'channel',
  'type',
  'mainIdNumber',
  'scanId',
];

function Fields({ action, dispute }: { action: DisputeAction; dispute: Dispute }) {
  const { t } = useTranslation();
  const required = (label: string) => [{ required: true, whitespace: true, message: t('disputes.form.required', { field: label }) }];
  const chosen = (label: string) => [{ required: true, message: t('disputes.form.choose', { field: label }) }];
  const text = (name: keyof ActionValues, label: string, rows = 0, extra?: ReactNode) => (
    <Form.Item key={name} name={name} label={label} rules={required(label)} extra={extra}>
      {rows ? <Input.TextArea rows={rows} /> : <Input />}
    </Form.Item>
  );
  const date = (name: keyof ActionValues, label: string, optional = false) => (
    <Form.Item key={name} name={name} label={label} rules={optional ? [] : required(label)}>
      <Input type="date" />
    </Form.Item>
  );
  const parties = (label: string, min: number) => (
    <Form.Item
      key="partyIds"
      name="partyIds"
      label={label}
      rules={[{ type: 'array', min, required: true, message: t('disputes.action.minParties', { n: min }) }]}
    >
      <PartyChecks label={label} options={dispute.partyList.map((p) => ({ value: p.id, label: p.name }))} />
    </Form.Item>
  );
  const mediators = text('mediators', t('disputes.action.mediators'), 0, t('disputes.action.mediatorsHint'));

  switch (action) {
    case 'mediate':
      return mediators;
    case 'recordSession':
      return (
        <>
          {date('heldOn', t('disputes.action.heldOn'))}
          {text('place', t('disputes.action.place'))}
          {mediators}
          {parties(t('disputes.action.present'), 1)}
          {text('note', t('disputes.action.note'), 4)}
        </>
      );
    case 'extendMediation':
      return (
        <>
          <Form.Item name="days" label={t('disputes.action.days')} rules={chosen(t('disputes.action.days'))}>
            <InputNumber min={1} max={MAX_MEDIATION_EXTENSION_DAYS} style={{ width: '100%' }} />
          </Form.Item>
          {text('consent', t('disputes.action.consent'), 3)}
        </>
      );
    case 'agree':
      return (
        <>
          {date('concludedOn', t('disputes.action.concludedOn'))}
          {text('terms', t('disputes.action.terms'), 4)}
          {text('performance', t('disputes.action.performance'), 2)}
          {parties(t('disputes.action.signing'), 2)}
          {mediators}
          <Form.Item name="scanId" label={t('disputes.action.scan')}>
            <ScanUpload />
          </Form.Item>
          {date('followUpOn', t('disputes.action.followUpOn'))}
        </>
      );
    case 'disagree':
      return (
        <>
          <Form.Item name="legalRoute" label={t('disputes.action.legalRoute')} rules={chosen(t('disputes.action.legalRoute'))}>
            <Select options={DISPUTE_LEGAL_ROUTES.map((r) => ({ value: r, label: t(dynamicKey(`disputes.legalRoutes.${r}`)) }))} />
          </Form.Item>
          {text('reason', t('disputes.action.reason'), 3)}
        </>
      );
    case 'withdraw':
      return text('reason', t('disputes.action.withdrawReason'), 3);
    case 'report':
      return (
        <>
          {text('facts', t('disputes.action.facts'), 3)}
          {text('tried', t('disputes.action.tried'), 3)}
          {text('reason', t('disputes.action.reportReason'), 3)}
          {text('suggestion', t('disputes.action.suggestion'), 3)}
        </>
      );
    case 'escalate':
      return (
        <>
          <Form.Item name="toOrgId" label={t('disputes.action.target')} rules={chosen(t('disputes.action.target'))}>
            <Select options={dispute.escalationTargets.map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
          {text('reason', t('disputes.action.escalateReason'), 3)}
        </>
      );
    case 'takeOver':
      return <Typography.Paragraph>{t('disputes.action.takeOverConfirm')}</Typography.Paragraph>;
    case 'followUp':
      return (
        <>
          {date('visitedOn', t('disputes.action.visitedOn'))}
          <Form.Item name="result" label={t('disputes.action.result')} rules={chosen(t('disputes.action.result'))}>
            <Select options={FOLLOW_UP_RESULTS.map((r) => ({ value: r, label: t(dynamicKey(`disputes.followUpResults.${r}`)) }))} />
          </Form.Item>
          {text('note', t('disputes.action.followUpNote'), 3)}
          <Form.Item noStyle shouldUpdate={(a, b) => a.result !== b.result}>
            {({ getFieldValue }) => getFieldValue('result') === 'partly' && date('nextFollowUpOn', t('disputes.action.nextFollowUpOn'))}
          </Form.Item>
        </>
      );
    case 'confirmJudicially':
      return (
        <>
          {text('court', t('disputes.action.court'))}
          {date('confirmedOn', t('disputes.action.confirmedOn'))}
        </>
      );
    case 'toPetition':
      return (
        <>
          <Form.Item name="channel" label={t('disputes.action.channel')} rules={chosen(t('disputes.action.channel'))}>
            <Select options={CHANNELS.map((c) => ({ value: c, label: t(dynamicKey(`channels.${c}`)) }))} />
          </Form.Item>
          <Form.Item name="type" label={t('disputes.action.type')} rules={chosen(t('disputes.action.type'))}>
            <Select options={PETITION_TYPES.map((c) => ({ value: c, label: t(dynamicKey(`petitionTypes.${c}`)) }))} />
          </Form.Item>
          {parties(t('disputes.action.petitioners'), 1)}
          <Form.Item name="mainIdNumber" label={t('disputes.action.mainIdNumber')} extra={t('disputes.action.mainIdNumberHint')}>
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
        </>
      );
    case 'close':
      return (
        <Form.Item name="note" label={t('disputes.action.closeNote')}>
          <Input.TextArea rows={3} />
        </Form.Item>
      );
  }
}

/** The signed agreement's scan: uploaded at once, its id kept as the field's value. */
function ScanUpload({ value, onChange, id }: { value?: number | null; onChange?: (v: number | null) => void; id?: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <Upload
        accept="image/*,application/pdf"
        showUploadList={false}
        customRequest={({ file }) => {
          setUploading(true);
          setError(null);
          uploadScan(file as File)
            .then((a) => {
              setName(a.filename);
              onChange?.(a.id);
            })
            .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
            .finally(() => setUploading(false));
        }}
      >
        <Button id={id} loading={uploading}>
          {t('disputes.action.scanChoose')}
        </Button>
      </Upload>
      {value && name && (
        <Typography.Text style={{ display: 'block', marginTop: 4 }} data-testid="scan-uploaded">
          {t('disputes.action.scanUploaded', { name })}
        </Typography.Text>
      )}
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </div>
  );
}

/**
 * Parties as check boxes, a group named by its label: the form item's aria attributes (required, invalid) are not
 * allowed on a group, so they are not passed on; each box is named by its party.
 */
function PartyChecks({
  id,
  label,
  value,
  onChange,
  options,
}: {
  id?: string;
  label: string;
  value?: number[];
  onChange?: (v: number[]) => void;
  options: { value: number; label: string }[];
}) {
  return (
    <div id={id} role="group" aria-label={label}>
      <Checkbox.Group
        value={value}
        onChange={(v) => onChange?.(v)}
        style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
        options={options}
      />
    </div>
  );
}
