import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AntApp, Button, Space, Typography } from '../../../ui';
import type { PetitionDetail } from '../../petitions/api/types';
import { usePetitionChanged } from '../../petitions/hooks/usePetition';
import { actionLabelKey, orderActions } from '../actions';
import { WORKFLOW_KEY } from '../hooks/useWorkflow';
import { ActionModal } from './ActionModal';

/** The steps that move the matter on: shown as primary buttons. */
const PRIMARY = new Set(['accept', 'receive', 'decide', 'deliver', 'conclude', 'verify', 'approveExtension']);
/** The steps that send it back or out: shown in red. */
const DANGER = new Set(['decline', 'return', 'rework']);

/** 办理操作: exactly the actions the server lists for this user now, each opening its form. */
export function WorkflowActions({ petition }: { petition: PetitionDetail }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const client = useQueryClient();
  const changed = usePetitionChanged();
  const [open, setOpen] = useState<string | null>(null);
  const actions = orderActions(petition.actions ?? []);
  const label = (a: string) => t(actionLabelKey(a, petition.status), { defaultValue: a });
  if (!actions.length) return null;

  // The form sits outside the group: antd's Space keys its items by their children's keys, and a form keyed like its
  // button would make two items with one key (React then keeps a stale button).
  return (
    <>
      <Space wrap size="small" role="group" aria-label={t('workflow.actionsTitle')} data-testid="workflow-actions">
        <Typography.Text type="secondary">{t('workflow.actionsTitle')}：</Typography.Text>
        {actions.map((a) => (
          <Button key={a} type={PRIMARY.has(a) ? 'primary' : 'default'} danger={DANGER.has(a)} onClick={() => setOpen(a)} data-action={a}>
            {label(a)}
          </Button>
        ))}
      </Space>
      {open && actions.includes(open) && (
        <ActionModal
          key={`form-${open}`}
          petition={petition}
          action={open}
          onClose={() => setOpen(null)}
          onDone={(updated) => {
            changed(updated);
            void client.invalidateQueries({ queryKey: WORKFLOW_KEY });
            void message.success(t('workflow.done', { action: label(open) }));
            setOpen(null);
          }}
        />
      )}
    </>
  );
}
