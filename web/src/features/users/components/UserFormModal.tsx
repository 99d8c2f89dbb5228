import { SEPARATED_ROLES, separatedRolesHeld, type Role } from '@xinfang/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type User } from '../../../api/types';
import { Form, Input, Modal, Select, useServerErrors } from '../../../ui';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { createUser, updateUser, type UserInput, type UserWithPassword } from '../api/users';
import { roleChoices } from '../roles';
import type { I18nKey } from '../../../i18n/keys';

const FIELDS = ['username', 'displayName', 'orgId', 'roles', 'phone', 'email'];

interface Props {
  user: User | null;
  onClose: () => void;
  onSaved: (result: { user: User; temporaryPassword?: string | null }) => void;
}

type Values = UserInput & { username: string };

/** 新建用户 / 编辑用户. */
export function UserFormModal({ user, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const onError = useServerErrors(form);
  const [busy, setBusy] = useState(false);
  const roles: Role[] = Form.useWatch('roles', form) ?? user?.roles ?? [];
  const conflict = separatedRolesHeld(roles);
  const names = (rs: readonly Role[]) => rs.map((r) => t(`roles.${r}`)).join(t('users.and'));

  const submit = async () => {
    const v = await form.validateFields();
    const input: UserInput = {
      displayName: v.displayName.trim(),
      orgId: v.orgId,
      roles: v.roles,
      phone: v.phone?.trim() || null,
      email: v.email?.trim() || null,
    };
    setBusy(true);
    try {
      if (user) onSaved({ user: await updateUser(user.id, input) });
      else {
        const created: UserWithPassword = await createUser({ ...input, username: v.username.trim() });
        onSaved(created);
      }
    } catch (e) {
      onError(e, FIELDS);
    } finally {
      setBusy(false);
    }
  };

  const req = (key: I18nKey) => [{ required: true, message: t('common.required', { field: t(key) }) }];

  return (
    <Modal
      open
      title={user ? t('users.editTitle') : t('users.create')}
      onCancel={onClose}
      onOk={() => void submit().catch(() => undefined)}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
      width={600}
    >
      <Form
        form={form}
        layout="vertical"
        name="user"
        initialValues={
          user
            ? {
                username: user.username,
                displayName: user.displayName,
                orgId: user.org.id,
                roles: user.roles,
                phone: user.phone,
                email: user.email,
              }
            : { roles: [] }
        }
      >
        <Form.Item name="username" label={t('users.username')} rules={req('users.username')}>
          <Input disabled={!!user} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} rules={req('users.displayName')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="orgId" label={t('users.org')} rules={req('users.org')}>
          <OrgTreeSelect style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('users.roles')}
          rules={[{ required: true, type: 'array', min: 1, message: t('common.required', { field: t('users.roles') }) }]}
          extra={t('users.separationRule', { roles: names(SEPARATED_ROLES) })}
          {...(conflict.length
            ? {
                validateStatus: 'error' as const,
                help: t('users.separationConflict', { roles: names(conflict) }),
              }
            : {})}
        >
          <Select
            mode="multiple"
            options={roleChoices(roles).map(({ role, disabled }) => ({ value: role, label: t(`roles.${role}`), disabled }))}
          />
        </Form.Item>
        <Form.Item name="phone" label={t('users.phone')}>
          <Input />
        </Form.Item>
        <Form.Item name="email" label={t('users.email')}>
          <Input type="email" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
