import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AntApp, Button, Dropdown, Form, Input, Modal, Radio, Space, Tag, useServerErrors } from '../../../ui';
import { createSavedFilter, fetchSavedFilters, removeSavedFilter } from '../api/petitions';
import type { ListFilters } from '../api/types';

const KEY = ['saved-filters'] as const;

/**
 * 常用筛选: apply one, save the current filters (personal or for the body), remove one's own. Loaded by the list's
 * first click on one of its buttons (`opened`), which it then opens.
 */
export function SavedFilters({
  current,
  onApply,
  opened,
}: {
  current: ListFilters;
  onApply: (f: ListFilters) => void;
  opened: 'menu' | 'save';
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const client = useQueryClient();
  const [saving, setSaving] = useState(opened === 'save');
  const [menuOpen, setMenuOpen] = useState(opened === 'menu');
  const [form] = Form.useForm<{ name: string; scope: 'personal' | 'org' }>();
  const onError = useServerErrors(form);
  const { data } = useQuery({ queryKey: KEY, queryFn: fetchSavedFilters });
  const items = data ?? [];

  const remove = async (id: number) => {
    try {
      await removeSavedFilter(id);
      void message.success(t('list.filterRemoved'));
      await client.invalidateQueries({ queryKey: KEY });
    } catch (e) {
      onError(e);
    }
  };

  const save = async (v: { name: string; scope: 'personal' | 'org' }) => {
    try {
      await createSavedFilter({ name: v.name.trim(), scope: v.scope, filter: current });
      void message.success(t('list.filterSaved'));
      setSaving(false);
      form.resetFields();
      await client.invalidateQueries({ queryKey: KEY });
    } catch (e) {
      onError(e, ['name', 'scope']);
    }
  };

  return (
    <Space>
      <Dropdown
        trigger={['click']}
        open={menuOpen}
        onOpenChange={setMenuOpen}
        menu={{
          items: items.length
            ? items.map((f) => ({
                key: String(f.id),
                label: (
                  <Space>
                    <span>{f.name}</span>
                    <Tag>{f.scope === 'org' ? t('list.scopeOrg') : t('list.scopePersonal')}</Tag>
                    {f.mine && (
                      <Button
                        size="small"
                        type="link"
                        danger
                        aria-label={t('list.removeFilter', { name: f.name })}
                        onClick={(e) => {
                          e.stopPropagation();
                          void remove(f.id);
                        }}
                      >
                        ×
                      </Button>
                    )}
                  </Space>
                ),
              }))
            : [{ key: 'none', label: t('list.noFilters'), disabled: true }],
          onClick: ({ key }) => {
            const f = items.find((x) => String(x.id) === key);
            setMenuOpen(false);
            if (f) onApply(f.filter);
          },
        }}
      >
        <Button autoFocus={opened === 'menu'}>{t('list.savedFilters')} ▾</Button>
      </Dropdown>
      <Button onClick={() => setSaving(true)}>{t('list.saveFilter')}</Button>
      <Modal open={saving} title={t('list.saveFilter')} onCancel={() => setSaving(false)} onOk={() => form.submit()} destroyOnHidden>
        <Form form={form} layout="vertical" name="saveFilter" initialValues={{ scope: 'personal' }} onFinish={(v) => void save(v)}>
          <Form.Item name="name" label={t('list.filterName')} rules={[{ required: true, whitespace: true, max: 50 }]}>
            <Input maxLength={50} autoFocus />
          </Form.Item>
          <Form.Item name="scope" label={t('list.scope')}>
            <Radio.Group
              options={[
                { value: 'personal', label: t('list.scopePersonal') },
                { value: 'org', label: t('list.scopeOrg') },
              ]}
            />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
