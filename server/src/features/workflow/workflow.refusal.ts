import { STATUS_EN, STATUS_ZH, type PetitionStatus, type WorkflowAction } from '@xinfang/domain';
import type { Wording } from '../../errors.js';
import { LIFECYCLE, RELATIONS, RELATION_ZH, type Relation } from './lifecycle.js';

/**
 * Why an action is refused, read off its declaration: the statuses it is taken in, the bodies that take it in the
 * current status, or a fact a guard names. Each becomes a sentence that says why and who may act.
 */
export type Refusal =
  | { reason: 'status'; allowed: PetitionStatus[] }
  | { reason: 'body'; who: { by: Relation; names: string[] }[] }
  | { reason: 'state'; wording: Wording };

const quoted = (s: PetitionStatus) => `“${STATUS_ZH[s]}”`;

/** The statuses in which the declaration lets anyone take the action, in lifecycle order. */
export function allowedStatuses(action: WorkflowAction): PetitionStatus[] {
  return [...new Set(LIFECYCLE[action].who.flatMap((w) => w.from))];
}

/** The sentence of a refusal, in both languages. */
export function refusalWording(status: PetitionStatus, r: Refusal): Wording {
  switch (r.reason) {
    case 'status':
      return {
        zh: `当前状态为${quoted(status)}，此操作仅在${r.allowed.map(quoted).join('、')}时可进行。`,
        en: `The petition is “${STATUS_EN[status]}”; this action is taken only when it is ${r.allowed.map((a) => `“${STATUS_EN[a]}”`).join(', ')}.`,
      };
    case 'body': {
      const zh = r.who.map((w) => (w.names.length ? `${RELATION_ZH[w.by]}（${w.names.join('、')}）` : RELATION_ZH[w.by]));
      const en = r.who.map((w) => (w.names.length ? `${RELATIONS[w.by]}: ${w.names.join(', ')}` : RELATIONS[w.by]));
      return { zh: `此操作由${zh.join('或')}进行。`, en: `This action is for ${en.join(' or ')}.` };
    }
    case 'state':
      return r.wording;
  }
}
