import { ORG_KINDS } from '@xinfang/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Org } from '../../../api/types';
import { AntApp, Form, Input, Modal, Select, useServerErrors } from '../../../ui';
import { createOrg, updateOrg, type OrgInput } from '../api/orgs';
import { usePolicies } from '../../calendar/hooks/useCalendar';
import { RegionPicker } from './RegionPicker';
import type { I18nKey } from '../../../i18n/keys';

const FIELDS = ['kind', 'name', 'shortName', 'code', 'regionCode', 'contactPerson', 'contactPhone', 'address', 'policyPack'];
/** The select's value for 沿用上级 (policyPack null). */
const INHERIT = '';

interface Props {
  /** Edit this body, or create a child of `parent`. */
  mode: { edit: Org } | { parent: Org };
  onClose: () => void;
  onSaved: (org: Org) => void;
}

const blankToNull = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);

/** The body form (编辑 / 新建下级机构). */
export function OrgFormModal({ mode, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Omit<OrgInput, 'policyPack'> & { policyPack?: string }>();
  const { data: packs } = usePolicies();
  const onError = useServerErrors(form);
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const editing = 'edit' in mode ? mode.edit : null;

  useEffect(() => {
    if (editing) form.setFieldsValue({ ...editing, policyPack: editing.policyPack ?? INHERIT });
  }, [editing, form]);

  const submit = async () => {
    const values = await form.validateFields();
    const input: OrgInput = {
      kind: values.kind,
      name: values.name.trim(),
      shortName: blankToNull(values.shortName),
      code: blankToNull(values.code),
      regionCode: values.regionCode ?? null,
      contactPerson: blankToNull(values.contactPerson),
      contactPhone: blankToNull(values.contactPhone),
      address: blankToNull(values.address),
      // The choices are the server's packs (GET /api/policies).
      policyPack: values.policyPack ? (values.policyPack as OrgInput['policyPack']) : null,
    };
    setBusy(true);
    try {
      const org = editing
        ? await updateOrg(editing.id, input)
        : await createOrg({ ...input, parentId: (mode as { parent: Org }).parent.id });
      void message.success(t('common.saved'));
      onSaved(org);
    } catch (e) {
      onError(e, FIELDS);
    } finally {
      setBusy(false);
    }
  };

  const title = editing ? t('orgs.editTitle') : t('orgs.createTitle', { parent: (mode as { parent: Org }).parent.name });
  const req = (key: I18nKey) => [{ required: true, message: t('common.required', { field: t(key) }) }];

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => void submit().catch(() => undefined)}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
      width={640}
    >
      <Form form={form} layout="vertical" name="org" preserve={false}>
        <Form.Item name="kind" label={t('orgs.kind')} rules={req('orgs.kind')}>
          <Select options={ORG_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('orgs.name')} rules={req('orgs.name')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="shortName" label={t('orgs.shortName')}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="code" label={t('orgs.code')}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="regionCode" label={t('orgs.region')}>
          <RegionPicker />
        </Form.Item>
        <Form.Item name="contactPerson" label={t('orgs.contactPerson')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('orgs.contactPhone')}>
          <Input />
        </Form.Item>
        <Form.Item name="address" label={t('orgs.address')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="policyPack" label={t('orgs.policyPack')} initialValue={INHERIT}>
          <Select
            options={[{ value: INHERIT, label: t('orgs.policyInherit') }, ...(packs ?? []).map((p) => ({ value: p.id, label: p.name }))]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
