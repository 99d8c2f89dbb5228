import { DUTY_ROLE_ZH, longDate, type DutyEventKind, type DutyRole } from '@xinfang/domain';
import type { Executor } from '../../db/database.js';
import type { NotificationsService, TemplateKey } from '../notifications/index.js';
import { dutyRepository as repo } from './reception.duty.repository.js';

type Swap = Awaited<ReturnType<typeof repo.swaps>>[number];
type Recipients = Parameters<NotificationsService['tellStaff']>[1]['to'];

/** Who hears of each step of a swap, in-app: the colleague asked, then the body's leaders, then the parties. */
const STEPS: Partial<Record<DutyEventKind, { template: TemplateKey; to: (w: Swap) => Recipients }>> = {
  swap_requested: { template: 'staff.duty_swap_requested', to: (w) => [w.colleague_id] },
  // Any leader of the body may decide, except a party to the swap.
  swap_accepted: { template: 'staff.duty_swap_accepted', to: (w) => [{ permissions: ['duty.approve'], exceptUserId: w.requester_id }] },
  swap_declined: { template: 'staff.duty_swap_declined', to: (w) => [w.requester_id] },
  swap_approved: { template: 'staff.duty_swap_decided', to: (w) => [w.requester_id, w.colleague_id] },
  swap_refused: { template: 'staff.duty_swap_decided', to: (w) => [w.requester_id, w.colleague_id] },
};

/** Queues the in-app message of a swap's step in its transaction (once per step), linking to the duty roster. */
export async function tellOfSwap(trx: Executor, notifications: NotificationsService, kind: DutyEventKind, orgId: number, swapId: number) {
  const step = STEPS[kind];
  if (!step) return;
  const w = (await repo.swaps(trx, orgId, swapId))[0]!;
  await notifications.tellStaff(trx, {
    key: `duty_swap:${swapId}:${kind}`,
    template: step.template,
    orgId,
    link: '/reception?tab=duty',
    to: step.to(w),
    vars: {
      requester: w.requester_name,
      colleague: w.colleague_name,
      shift: `${longDate(w.shift_date)}${DUTY_ROLE_ZH[w.shift_role as DutyRole]}`,
      counter: w.counter_date ? `，与其${longDate(w.counter_date)}的值班互换` : '',
      reason: w.reason,
      leader: w.decider_name ?? '',
      result: kind === 'swap_approved' ? '已批准，值班表已随之调整' : '未予批准，值班安排不变',
      note: w.note ? `意见：${w.note}` : '',
    },
  });
}
