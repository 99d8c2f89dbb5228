import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AntApp, Button, Dropdown, Space, type MenuProps } from '../../../ui';
import type { PetitionDetail } from '../../petitions/api/types';
import { usePetitionChanged } from '../../petitions/hooks/usePetition';
import { actionLabelKey, orderActions, splitActions } from '../actions';
import { WORKFLOW_KEY } from '../hooks/useWorkflow';
import { ActionModal } from './ActionModal';

/** The steps that move the matter on: shown as primary buttons, never put away in 更多. */
const PRIMARY = new Set(['accept', 'receive', 'decide', 'deliver', 'conclude', 'verify', 'approveExtension']);
/** The steps that send it back or out: shown in red. */
const DANGER = new Set(['decline', 'return', 'rework']);
/** How many action buttons the page header shows; the others are in 更多操作. */
const SHOWN = 4;

/** One of the page's other actions (the registration's: 更正, 关联, 合并…), offered in 更多操作. */
export interface MoreAction {
  key: string;
  label: string;
  run: () => void;
}

/**
 * 办理操作: exactly the actions the server lists for this user now, each opening its form. The moving-on steps and
 * the first others are buttons; the rest, and the page's `more` actions, are in a 更多操作 menu (a button that opens
 * a menu the arrow keys walk and Esc closes).
 */
export function WorkflowActions({ petition, more = [] }: { petition: PetitionDetail; more?: MoreAction[] }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const client = useQueryClient();
  const changed = usePetitionChanged();
  const [open, setOpen] = useState<string | null>(null);
  const moreButton = useRef<HTMLButtonElement>(null);
  const actions = orderActions(petition.actions ?? []);
  const { shown, rest } = splitActions(actions, (a) => PRIMARY.has(a), SHOWN);
  const label = (a: string) => t(actionLabelKey(a, petition.status), { defaultValue: a });
  if (!actions.length && !more.length) return null;

  const items: MenuProps['items'] = [
    ...rest.map((a) => ({ key: `action:${a}`, label: <span data-action={a}>{label(a)}</span>, danger: DANGER.has(a) })),
    ...(rest.length && more.length ? [{ type: 'divider' as const }] : []),
    ...more.map((m) => ({ key: `more:${m.key}`, label: m.label })),
  ];
  // Esc closes the menu with the focus still in it: give it back to 更多操作, as a menu button does (a click elsewhere
  // has moved it already, and an item's form takes it itself).
  const closed = (isOpen: boolean, { source }: { source: 'trigger' | 'menu' }) => {
    const focus = document.activeElement;
    if (!isOpen && source === 'trigger' && (!focus || focus === document.body || focus.closest('[role="menu"]')))
      moreButton.current?.focus();
  };
  const pick: MenuProps['onClick'] = ({ key }) => {
    const [kind, name] = key.split(':') as [string, string];
    if (kind === 'action') setOpen(name);
    else more.find((m) => m.key === name)?.run();
  };

  // The form sits outside the group: antd's Space keys its items by their children's keys, and a form keyed like its
  // button would make two items with one key (React then keeps a stale button).
  return (
    <>
      <Space wrap size="small" role="group" aria-label={t('workflow.actionsTitle')} data-testid="workflow-actions">
        {shown.map((a) => (
          <Button key={a} type={PRIMARY.has(a) ? 'primary' : 'default'} danger={DANGER.has(a)} onClick={() => setOpen(a)} data-action={a}>
            {label(a)}
          </Button>
        ))}
        {items.length > 0 && (
          <Dropdown trigger={['click']} autoFocus menu={{ items, onClick: pick }} onOpenChange={closed}>
            <Button ref={moreButton} aria-haspopup="menu">
              {t('workflow.moreActions')} ▾
            </Button>
          </Dropdown>
        )}
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
