import { DISPUTE_KINDS, DISPUTE_PARTY_KINDS, DISPUTE_SOURCES } from '@xinfang/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { dynamicKey } from '../../../i18n/keys';
import { Alert, AntApp, Button, Card, Form, Input, Radio, Select, draftKey, useDraft, useServerErrors } from '../../../ui';
import { useCurrentUser } from '../../auth/hooks/useMe';
import { RegionPicker } from '../../orgs/components/RegionPicker';
import { registerDispute } from '../api/disputes';
import { REGISTRATION_FIELDS, emptyParty, emptyRegistration, reviveRegistration, toRegisterInput, type RegistrationValues } from '../model';
import { useOfflinePage } from '../../../offline';
import { nextAttempt } from '../offline';

const SOURCES = DISPUTE_SOURCES.filter((s) => s !== 'petition');
const LARGE = { size: 'large' } as const;

/**
 * 矛盾纠纷登记, phone-first (one column, large targets). The values are kept as a local draft while typed; a submit that
 * finds no network says the registration is kept and sends it by itself when the connection is back. The draft keeps
 * its Idempotency-Key (useDraft's sendKey), so no resend, even after a reload, registers it twice; after it is
 * registered the draft goes and the detail opens.
 */
export function DisputeRegistrationForm() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const me = useCurrentUser();
  const [form] = Form.useForm<RegistrationValues>();
  const onServerError = useServerErrors(form, true);
  const [initial] = useState(() => emptyRegistration());
  const draft = useDraft(form, draftKey(me.id, 'dispute', 'new'), { initialValues: initial, revive: reviveRegistration });
  const [saving, setSaving] = useState(false);
  const [queued, setQueued] = useState(false);
  useOfflinePage(); // opens again with no signal, the draft in it
  // The form's life: a registration waiting for the network gives up (stays a draft) when the form goes away.
  const alive = useRef<AbortController | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    alive.current = controller;
    return () => controller.abort();
  }, []);

  const required = (field: string) => [{ required: true, whitespace: true, message: t('disputes.form.required', { field }) }];

  const submit = async (values: RegistrationValues) => {
    const body = toRegisterInput({ ...values, ...(form.getFieldsValue(true) as RegistrationValues) });
    if (!body.parties.length) {
      void message.error(t('disputes.form.needParty'));
      return;
    }
    setSaving(true);
    try {
      const dispute = await registerDispute(body, {
        idempotencyKey: draft.sendKey(),
        onNetworkFailure: () => {
          setQueued(true);
          return nextAttempt(alive.current!.signal);
        },
      });
      draft.clear();
      void client.invalidateQueries({ queryKey: ['disputes'] });
      void message.success(t('disputes.form.registered', { number: dispute.number }));
      await navigate(`/disputes/${dispute.id}`);
    } catch (e) {
      if (alive.current?.signal.aborted) return;
      const plan = onServerError(e, REGISTRATION_FIELDS);
      const first = plan.fields[0];
      if (first) form.scrollToField(first.name, { block: 'center' });
    } finally {
      if (!alive.current?.signal.aborted) {
        setSaving(false);
        setQueued(false);
      }
    }
  };

  const failed = () => {
    void message.error(t('disputes.form.invalid'));
    const first = form.getFieldsError().find((f) => f.errors.length);
    if (first) form.scrollToField(first.name, { block: 'center' });
  };

  return (
    <div className="xf-dispute-form" style={{ maxWidth: 640 }}>
      <Form<RegistrationValues>
        form={form}
        name="dispute"
        layout="vertical"
        size="large"
        initialValues={draft.initialValues}
        onValuesChange={draft.onValuesChange}
        onFinish={(v) => void submit(v)}
        onFinishFailed={failed}
        requiredMark
      >
        {draft.notice}
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('disputes.form.directNote')} data-testid="direct-note" />
        <Form.Item
          name="kind"
          label={t('disputes.form.kind')}
          rules={[{ required: true, message: t('disputes.form.choose', { field: t('disputes.form.kind') }) }]}
        >
          <Select
            {...LARGE}
            options={DISPUTE_KINDS.map((k) => ({ value: k, label: t(dynamicKey(`disputes.kinds.${k}`)) }))}
            placeholder={t('disputes.form.choose', { field: t('disputes.form.kind') })}
          />
        </Form.Item>
        <Form.Item name="source" label={t('disputes.form.source')}>
          <Radio.Group
            options={SOURCES.map((s) => ({ value: s, label: t(dynamicKey(`disputes.sources.${s}`)) }))}
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          />
        </Form.Item>
        <Form.Item name="title" label={t('disputes.form.titleField')} rules={required(t('disputes.form.titleField'))}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="facts"
          label={t('disputes.form.facts')}
          extra={t('disputes.form.factsHint')}
          rules={required(t('disputes.form.facts'))}
        >
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={t('disputes.form.region')}
          rules={[{ required: true, message: t('disputes.form.choose', { field: t('disputes.form.region') }) }]}
        >
          <RegionPicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="address" label={t('disputes.form.address')} rules={required(t('disputes.form.address'))}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="foundOn" label={t('disputes.form.foundOn')} rules={required(t('disputes.form.foundOn'))}>
          <Input type="date" />
        </Form.Item>
        <Form.List name="parties">
          {(rows, { add, remove }) => (
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend style={{ fontSize: 16, fontWeight: 600, marginBottom: 8 }}>{t('disputes.form.parties')}</legend>
              {rows.map((row, i) => (
                <Card
                  key={row.key}
                  size="small"
                  style={{ marginBottom: 12 }}
                  title={t('disputes.form.party', { n: i + 1 })}
                  data-testid="party"
                  extra={
                    rows.length > 1 && (
                      <Button type="link" danger onClick={() => remove(row.name)}>
                        {t('disputes.form.removeParty', { n: i + 1 })}
                      </Button>
                    )
                  }
                >
                  <Form.Item name={[row.name, 'kind']} label={t('disputes.form.partyKind')}>
                    <Radio.Group
                      optionType="button"
                      options={DISPUTE_PARTY_KINDS.map((k) => ({ value: k, label: t(dynamicKey(`disputes.partyKinds.${k}`)) }))}
                    />
                  </Form.Item>
                  <Form.Item name={[row.name, 'name']} label={t('disputes.form.partyName')} rules={required(t('disputes.form.partyName'))}>
                    <Input maxLength={100} autoComplete="off" />
                  </Form.Item>
                  <Form.Item name={[row.name, 'phone']} label={t('disputes.form.partyPhone')}>
                    <Input type="tel" inputMode="tel" maxLength={20} autoComplete="off" />
                  </Form.Item>
                  <Form.Item name={[row.name, 'address']} label={t('disputes.form.partyAddress')}>
                    <Input maxLength={200} autoComplete="off" />
                  </Form.Item>
                  <Form.Item name={[row.name, 'claim']} label={t('disputes.form.claim')} rules={required(t('disputes.form.claim'))}>
                    <Input.TextArea rows={2} maxLength={1000} />
                  </Form.Item>
                </Card>
              ))}
              <Button block onClick={() => add(emptyParty())} style={{ marginBottom: 16 }}>
                {t('disputes.form.addParty')}
              </Button>
            </fieldset>
          )}
        </Form.List>
        {queued && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('disputes.form.queued')} data-testid="queued" />}
        <Button type="primary" htmlType="submit" block loading={saving}>
          {t('disputes.form.submit')}
        </Button>
      </Form>
    </div>
  );
}
