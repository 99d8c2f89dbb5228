import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Org } from '../../../api/types';
import { AntApp, Form, Modal, useServerErrors } from '../../../ui';
import { moveOrg } from '../api/orgs';
import { subtreeIds } from '../tree';
import { OrgTreeSelect } from './OrgTreeSelect';

/** 调整上级: choose a new active parent outside the body's own subtree. */
export function MoveOrgModal({ org, orgs, onClose, onSaved }: { org: Org; orgs: Org[]; onClose: () => void; onSaved: (org: Org) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ parentId: number }>();
  const onError = useServerErrors(form);
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);
  const exclude = useMemo(() => subtreeIds(orgs, org.id), [orgs, org.id]);

  const submit = async () => {
    const { parentId } = await form.validateFields();
    setBusy(true);
    try {
      const moved = await moveOrg(org.id, parentId);
      void message.success(t('common.saved'));
      onSaved(moved);
    } catch (e) {
      onError(e, ['parentId']);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={`${t('orgs.moveTitle')}：${org.name}`}
      onCancel={onClose}
      onOk={() => void submit().catch(() => undefined)}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" name="move" initialValues={{ parentId: org.parentId ?? undefined }}>
        <Form.Item
          name="parentId"
          label={t('orgs.newParent')}
          rules={[{ required: true, message: t('common.required', { field: t('orgs.newParent') }) }]}
        >
          <OrgTreeSelect exclude={exclude} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
