import { ROLES, separatedRolesHeld, type Role } from '@xinfang/domain';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type User } from '../../../api/types';
import {
  AntApp,
  Button,
  Card,
  Form,
  Input,
  Popconfirm,
  Select,
  Space,
  Tag,
  formatDateTime,
  useServerErrors,
  PageHeader,
  WideTable,
  type WideColumn,
} from '../../../ui';
import { useCurrentUser } from '../../auth/hooks/useMe';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { fetchUsers, resetPassword, userAction, type UserQuery, type UserStatus } from '../api/users';
import { OneTimePasswordModal } from './OneTimePasswordModal';
import { UserFormModal } from './UserFormModal';

interface Filters {
  orgId?: number;
  role?: Role;
  status: UserStatus;
  q?: string;
}

const isLocked = (u: User) => !!u.lockedUntil && new Date(u.lockedUntil) > new Date();

/** 用户管理: filters, server-paged table, and the actions each row allows. */
export function UsersManager() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const client = useQueryClient();
  const { message } = AntApp.useApp();
  const onError = useServerErrors();
  const [filterForm] = Form.useForm<Filters>();
  const [query, setQuery] = useState<UserQuery>({ status: 'active', page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [oneTime, setOneTime] = useState<{ username: string; password: string } | null>(null);

  const { data, isFetching } = useQuery({
    queryKey: ['users', query],
    queryFn: () => fetchUsers(query),
    placeholderData: keepPreviousData,
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['users'] });

  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      void message.success(t('common.saved'));
      await refresh();
    } catch (e) {
      onError(e);
    }
  };

  const confirmButton = (title: string, label: string, onConfirm: () => Promise<void>, danger = false) => (
    <Popconfirm title={title} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={onConfirm}>
      <Button size="small" danger={danger}>
        {label}
      </Button>
    </Popconfirm>
  );

  const columns: WideColumn<User>[] = [
    { key: 'username', title: t('users.username'), dataIndex: 'username', fixed: 'left', width: 130 },
    { key: 'displayName', title: t('users.displayName'), dataIndex: 'displayName', width: 120 },
    { key: 'org', title: t('users.org'), width: 200, render: (_, u) => u.org.name },
    {
      key: 'roles',
      title: t('users.roles'),
      width: 220,
      render: (_, u) => (
        <>
          {u.roles.map((r) => (
            <Tag key={r}>{t(`roles.${r}`)}</Tag>
          ))}
          {separatedRolesHeld(u.roles).length > 0 && <Tag color="red">{t('users.tagRoleConflict')}</Tag>}
        </>
      ),
    },
    {
      key: 'status',
      title: t('users.status'),
      width: 160,
      render: (_, u) => (
        <Space size={4} wrap>
          {u.active ? <Tag color="green">{t('users.tagActive')}</Tag> : <Tag>{t('users.tagInactive')}</Tag>}
          {isLocked(u) && <Tag color="red">{t('users.tagLocked')}</Tag>}
          {u.mustChangePassword && <Tag color="orange">{t('users.tagMustChange')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'lastLogin',
      title: t('users.lastLogin'),
      width: 170,
      render: (_, u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t('users.never')),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      width: 260,
      render: (_, u) => (
        <Space size={4} wrap>
          {u.abilities.update && (
            <Button size="small" onClick={() => setEditing(u)}>
              {t('common.edit')}
            </Button>
          )}
          {u.abilities.deactivate &&
            u.active &&
            confirmButton(
              t('users.deactivateConfirm', { name: u.displayName }),
              t('users.deactivate'),
              () => act(() => userAction(u.id, 'deactivate')),
              true,
            )}
          {u.abilities.reactivate &&
            !u.active &&
            confirmButton(t('users.reactivateConfirm', { name: u.displayName }), t('users.reactivate'), () =>
              act(() => userAction(u.id, 'reactivate')),
            )}
          {u.abilities.resetPassword &&
            confirmButton(t('users.resetConfirm', { name: u.displayName }), t('users.resetPassword'), () =>
              act(async () => {
                const r = await resetPassword(u.id);
                if (r.temporaryPassword) setOneTime({ username: r.user.username, password: r.temporaryPassword });
              }),
            )}
          {u.abilities.unlock &&
            isLocked(u) &&
            confirmButton(t('users.unlockConfirm', { name: u.displayName }), t('users.unlock'), () =>
              act(() => userAction(u.id, 'unlock')),
            )}
        </Space>
      ),
    },
  ];

  const search = (f: Filters) => setQuery({ ...query, ...f, q: f.q?.trim() || undefined, page: 1 });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <PageHeader
        title={t('users.title')}
        actions={
          me.permissions.includes('user.manage') && (
            <Button type="primary" onClick={() => setEditing('new')}>
              {t('users.create')}
            </Button>
          )
        }
      />
      <Card>
        <Form form={filterForm} layout="inline" name="userFilters" initialValues={{ status: 'active' }} onFinish={search}>
          <Form.Item name="orgId" label={t('users.org')}>
            <OrgTreeSelect activeOnly={false} allowClear style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="role" label={t('users.roles')}>
            <Select allowClear style={{ width: 140 }} options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
          </Form.Item>
          <Form.Item name="status" label={t('users.status')}>
            <Select
              style={{ width: 110 }}
              options={[
                { value: 'active', label: t('users.statusActive') },
                { value: 'inactive', label: t('users.statusInactive') },
                { value: 'locked', label: t('users.statusLocked') },
                { value: 'all', label: t('users.statusAll') },
              ]}
            />
          </Form.Item>
          <Form.Item name="q" label={t('users.keyword')}>
            <Input placeholder={t('users.keywordPlaceholder')} allowClear />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              {t('common.search')}
            </Button>
            <Button
              onClick={() => {
                filterForm.resetFields();
                setQuery({ status: 'active', page: 1, pageSize: query.pageSize });
              }}
            >
              {t('common.reset')}
            </Button>
          </Space>
        </Form>
      </Card>
      <WideTable<User>
        settingsKey={`users:${me.id}`}
        rowKey="id"
        loading={isFetching}
        columns={columns}
        dataSource={data?.items ?? []}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('common.total', { total }),
          onChange: (page, pageSize) => setQuery({ ...query, page, pageSize }),
        }}
      />
      {editing && (
        <UserFormModal
          user={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={({ user, temporaryPassword }) => {
            setEditing(null);
            void message.success(t('common.saved'));
            if (temporaryPassword) setOneTime({ username: user.username, password: temporaryPassword });
            void refresh();
          }}
        />
      )}
      {oneTime && <OneTimePasswordModal username={oneTime.username} password={oneTime.password} onClose={() => setOneTime(null)} />}
    </Space>
  );
}
