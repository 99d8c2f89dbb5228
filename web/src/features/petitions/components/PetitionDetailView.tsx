import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  AntApp,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  PageHeader,
  ReasonDialog,
  Result,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
  formatDateTime,
  useServerErrors,
  type TableColumnsType,
  Skeleton,
  usePageTitle,
} from '../../../ui';
import { fetchPetitions, petitionAction, reissueCode, unmaskPetitioner } from '../api/petitions';
import type { PetitionDetail, PetitionRef, Petitioner, UnmaskedPetitioner } from '../api/types';
import { useCategories } from '../../categories/hooks/useCategories';
import { useOrgDirectory } from '../../orgs/hooks/useOrgs';
import { describeEvent, type EventNames } from '../eventSummary';
import { usePetition, usePetitionChanged } from '../hooks/usePetition';
import { SimilarMattersCard } from './SimilarMattersCard';
import { Attachments } from './Attachments';
import { WorkflowActions, type MoreAction } from '../../workflow/components/WorkflowActions';
import { WorkflowSections } from '../../workflow/components/WorkflowSections';
import { DocumentsCard } from '../../documents/components/DocumentsCard';
import { ShiftOwner } from '../../reception/components/ShiftDuty';
import { BasicInfoCard } from './BasicInfoCard';
import { ClocksCard } from './Deadline';
import { FinalityNotice } from './FinalityNotice';
import { FlagTags, StatusTag } from './labels';

const Ref = ({ p }: { p: PetitionRef }) => (
  <Link to={`/petitions/${p.id}`}>
    {p.number} {p.title}
  </Link>
);

/** Find a petition by its number (GET /petitions?q=…), then run the action with its id. */
function NumberModal({
  title,
  withReason,
  onClose,
  onPick,
}: {
  title: string;
  withReason?: boolean;
  onClose: () => void;
  onPick: (id: number, reason?: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ number: string; reason?: string }>();
  const [busy, setBusy] = useState(false);
  const onError = useServerErrors(form);
  const submit = async (v: { number: string; reason?: string }) => {
    setBusy(true);
    try {
      const number = v.number.trim();
      const page = await fetchPetitions({ q: number }, undefined, 20);
      const found = page.items.find((p) => p.number.toUpperCase() === number.toUpperCase());
      if (!found) {
        form.setFields([{ name: 'number', errors: [t('detail.notFound', { number })] }]);
        return;
      }
      await onPick(found.id, v.reason?.trim() || undefined);
    } catch (e) {
      onError(e, ['number', 'reason']);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={title} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} destroyOnHidden>
      <Form form={form} layout="vertical" name="otherNumber" onFinish={(v) => void submit(v)}>
        <Form.Item name="number" label={t('detail.otherNumber')} rules={[{ required: true, whitespace: true }]}>
          <Input autoFocus placeholder={t('detail.otherNumberPlaceholder')} />
        </Form.Item>
        {withReason && (
          <Form.Item name="reason" label={t('detail.mergeReason')}>
            <Input maxLength={500} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** Names of categories and bodies that corrections refer to by id. */
function useEventNames(): EventNames {
  const { data: categories } = useCategories();
  const { data: directory } = useOrgDirectory();
  return useMemo(
    () => ({
      category: (id) => categories?.find((c) => c.id === id)?.path,
      org: (id) => directory?.find((o) => o.id === id)?.name,
    }),
    [categories, directory],
  );
}

/** 事项详情: everything registered, petitioners (masked; audited unmask), attachments, links, history, actions. */
export function PetitionDetailView({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const names = useEventNames();
  const { message, modal } = AntApp.useApp();
  const navigate = useNavigate();
  const onError = useServerErrors();
  const changed = usePetitionChanged();
  const { data: p, isPending, error } = usePetition(id);
  const [unmasked, setUnmasked] = useState<Record<number, UnmaskedPetitioner>>({});
  const [unmasking, setUnmasking] = useState<Petitioner | null>(null);
  const [picking, setPicking] = useState<'link' | 'merge' | null>(null);
  // While loading or on an error the page has no header of its own to name the tab.
  usePageTitle(p ? `${p.number} ${p.title}` : t('menu.petitions'));

  if (isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (error || !p) return <Result status="404" title={error?.message ?? t('app.notFound')} />;

  const act = async (run: () => Promise<PetitionDetail>) => {
    try {
      changed(await run());
      void message.success(t('detail.done'));
    } catch (e) {
      onError(e);
    }
  };

  const reprint = async () => {
    try {
      const queryCode = await reissueCode(p.id);
      await navigate(`/petitions/${p.id}/receipt`, { state: { queryCode } });
    } catch (e) {
      onError(e);
    }
  };

  const a = p.abilities;
  const columns: TableColumnsType<Petitioner> = [
    { title: t('petition.kind'), width: 70, render: (_, r) => t(`petitionerKinds.${r.kind}`) },
    {
      title: t('petition.name'),
      render: (_, r) => (
        <Space size={4}>
          {unmasked[r.id]?.name ?? r.name}
          {r.isMain && <Tag color="red">{t('petition.isMain')}</Tag>}
          {r.isRepresentative && <Tag color="volcano">{t('petition.isRepresentative')}</Tag>}
        </Space>
      ),
    },
    { title: t('petition.idType'), render: (_, r) => (r.idType ? t(`idTypes.${r.idType}`) : '—') },
    { title: t('petition.idNumber'), render: (_, r) => (unmasked[r.id] ? unmasked[r.id]!.idNumber : r.idNumber) ?? '—' },
    { title: t('petition.phone'), render: (_, r) => (unmasked[r.id] ? unmasked[r.id]!.phone : r.phone) ?? '—' },
    {
      title: t('petition.address'),
      render: (_, r) => [r.regionName, (unmasked[r.id] ? unmasked[r.id]!.address : r.address) ?? ''].filter(Boolean).join(' ') || '—',
    },
    { title: t('petition.employer'), render: (_, r) => r.employer ?? '—' },
    {
      title: t('common.actions'),
      width: 80,
      render: (_, r) =>
        a.unmask && !unmasked[r.id] ? (
          <Button size="small" onClick={() => setUnmasking(r)} aria-label={`${t('detail.unmask')} ${r.name}`}>
            {t('detail.unmask')}
          </Button>
        ) : null,
    },
  ];

  // The registration's actions, offered in the header's 更多操作 menu (those that undo something are confirmed first).
  const confirmThen = (title: string, run: () => Promise<void>) => () => void modal.confirm({ title, onOk: run });
  const more: MoreAction[] = [
    ...(a.correct ? [{ key: 'correct', label: t('detail.correct'), run: () => void navigate(`/petitions/${p.id}/correct`) }] : []),
    ...(a.link && !p.repeatOf && !p.mergedInto ? [{ key: 'link', label: t('detail.linkRepeat'), run: () => setPicking('link') }] : []),
    ...(a.link && p.repeatOf
      ? [
          {
            key: 'unlink',
            label: t('detail.unlinkRepeat'),
            run: confirmThen(t('detail.unlinkConfirm'), () => act(() => petitionAction(p.id, 'unlink-repeat'))),
          },
        ]
      : []),
    ...(a.link && !p.repeatOf && !p.newConfirmed && !p.mergedInto
      ? [{ key: 'confirmNew', label: t('detail.confirmNew'), run: () => void act(() => petitionAction(p.id, 'confirm-new')) }]
      : []),
    ...(a.merge && !p.mergedInto ? [{ key: 'merge', label: t('detail.merge'), run: () => setPicking('merge') }] : []),
    ...(a.unmerge && p.mergedInto
      ? [
          {
            key: 'unmerge',
            label: t('detail.unmerge'),
            run: confirmThen(t('detail.unmergeConfirm'), () => act(() => petitionAction(p.id, 'unmerge'))),
          },
        ]
      : []),
    ...(a.reissueCode ? [{ key: 'reprint', label: t('detail.reprint'), run: confirmThen(t('detail.reprintConfirm'), reprint) }] : []),
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {/* The number, status and every action stay in view however long the history below grows. */}
      <PageHeader
        title={`${p.number} ${p.title}`}
        heading={<span data-testid="petition-number">{p.number}</span>}
        extra={
          <Space wrap size={4}>
            <StatusTag status={p.status} />
            <FlagTags flags={p.flags} />
            {p.newConfirmed && <Tag color="green">{t('detail.newConfirmed')}</Tag>}
          </Space>
        }
        actions={<WorkflowActions petition={p} more={more} />}
      />
      <Card>
        <Space orientation="vertical" size="small" style={{ width: '100%' }}>
          <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
            {p.title}
          </Typography.Title>
          {p.holder && (
            <Typography.Text data-testid="petition-holder">
              {t('workflow.holder')}：{p.holder.name}
            </Typography.Text>
          )}
          {p.finality && (
            <FinalityNotice
              finality={p.finality}
              mayApprove={a.approveNewFacts}
              onApprove={() => act(() => petitionAction(p.id, 'approve-new-facts'))}
            />
          )}
        </Space>
      </Card>
      {p.status === 'registered' && <ShiftOwner petitionId={p.id} />}
      <BasicInfoCard p={p} />
      <ClocksCard clocks={p.clocks} />
      <WorkflowSections petition={p} />
      <DocumentsCard petitionId={p.id} version={p.version} />
      <Card title={t('detail.petitioners')} size="small">
        <Table<Petitioner>
          rowKey="id"
          size="small"
          pagination={false}
          columns={columns}
          dataSource={p.petitioners}
          locale={{ emptyText: t('flags.anonymous') }}
        />
      </Card>
      <Card title={t('detail.attachments')} size="small">
        <Attachments items={p.attachments} />
      </Card>
      <Card title={t('detail.links')} size="small">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('detail.repeatOf')}>{p.repeatOf ? <Ref p={p.repeatOf} /> : t('detail.noLinks')}</Descriptions.Item>
          <Descriptions.Item label={t('detail.repeats')}>
            {p.repeats.length ? (
              <Space orientation="vertical" size={0}>
                {p.repeats.map((r) => (
                  <Ref key={r.id} p={r} />
                ))}
              </Space>
            ) : (
              t('detail.noLinks')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('detail.mergedInto')}>
            {p.mergedInto ? <Ref p={p.mergedInto} /> : t('detail.noLinks')}
          </Descriptions.Item>
          <Descriptions.Item label={t('detail.mergedFrom')}>
            {p.mergedFrom.length ? (
              <Space orientation="vertical" size={0}>
                {p.mergedFrom.map((r) => (
                  <Ref key={r.id} p={r} />
                ))}
              </Space>
            ) : (
              t('detail.noLinks')
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <SimilarMattersCard p={p} />
      <Card title={t('detail.history')} size="small">
        <Timeline
          items={p.events.map((e) => {
            const lines = describeEvent(e.kind, e.payload, i18n.language, names);
            return {
              key: e.id,
              content: (
                <Space orientation="vertical" size={0}>
                  <Space wrap size={4}>
                    <Typography.Text type="secondary">{formatDateTime(e.at)}</Typography.Text>
                    <Tag>{t(`eventKinds.${e.kind}`, { defaultValue: e.kind })}</Tag>
                    <span>{e.actorName ?? '—'}</span>
                    {e.orgName && <Typography.Text type="secondary">（{e.orgName}）</Typography.Text>}
                    {e.toStatus && e.toStatus !== e.fromStatus && (
                      <Typography.Text type="secondary">
                        {e.fromStatus ? t(`statuses.${e.fromStatus}`, { defaultValue: e.fromStatus }) + ' → ' : ''}
                        {t(`statuses.${e.toStatus}`, { defaultValue: e.toStatus })}
                      </Typography.Text>
                    )}
                  </Space>
                  {lines.map((line, i) => (
                    <Typography.Text key={i} type={i === 0 ? undefined : 'secondary'}>
                      {line}
                    </Typography.Text>
                  ))}
                </Space>
              ),
            };
          })}
        />
      </Card>
      {unmasking && (
        <ReasonDialog
          title={t('detail.unmaskTitle')}
          notice={t('detail.unmaskNotice')}
          label={t('detail.unmaskReason')}
          onClose={() => setUnmasking(null)}
          onSubmit={async (reason) => {
            const u = await unmaskPetitioner(p.id, unmasking.id, reason);
            setUnmasked((m) => ({ ...m, [u.id]: u }));
            setUnmasking(null);
          }}
        />
      )}
      {picking && (
        <NumberModal
          title={picking === 'link' ? t('detail.linkRepeat') : t('detail.merge')}
          withReason={picking === 'merge'}
          onClose={() => setPicking(null)}
          onPick={async (otherId, reason) => {
            const updated =
              picking === 'link'
                ? await petitionAction(p.id, 'link-repeat', { repeatOfId: otherId })
                : await petitionAction(p.id, 'merge', { intoId: otherId, reason });
            changed(updated);
            setPicking(null);
            void message.success(t('detail.done'));
          }}
        />
      )}
    </Space>
  );
}
