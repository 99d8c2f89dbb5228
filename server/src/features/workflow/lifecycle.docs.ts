import { PETITION_STATUSES, STATUS_ZH, type PetitionStatus, WORKFLOW_ACTIONS, type WorkflowAction } from '@xinfang/domain';
import {
  ANYTIME_ACTIONS,
  fromStatuses,
  isPublic,
  LIFECYCLE,
  RELATIONS,
  targetsOf,
  type ActionDeclaration,
  type Relation,
} from './lifecycle.js';

/** The lifecycle in words, for the OpenAPI description of each action's route and for docs/WORKFLOW.md. */

const code = (s: string) => `\`${s}\``;
const list = (xs: readonly string[]) => xs.map(code).join(', ');

function targetText(action: WorkflowAction) {
  const to: ActionDeclaration['to'] = LIFECYCLE[action].to;
  if (to === null) return 'status unchanged';
  if (typeof to === 'string') return `→ ${code(to)}`;
  return `→ ${[...to.oneOf.map(code), ...(to.unchanged ? ['unchanged'] : [])].join(' / ')} (${to.when})`;
}

/** Who may take the action, from which statuses, to which, and the clock events it sends. */
export function describe(action: WorkflowAction): string {
  const d: ActionDeclaration = LIFECYCLE[action];
  const who = d.who.map((w) => `from ${list(w.from)} by ${RELATIONS[w.by]}`).join('; or ');
  return [
    `Permission: ${list(d.permission)}.`,
    `Who: ${who}.`,
    `Status: ${targetText(action)}.`,
    d.clocks.length ? `Clock events: ${list(d.clocks)}.` : '',
    isPublic(action) ? "Shown on the petitioner's timeline." : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The States table of docs/WORKFLOW.md: per status, who acts next and the actions open there, with their targets. */
export function statesTable(): string {
  const rows = PETITION_STATUSES.map((status) => {
    const here = WORKFLOW_ACTIONS.filter((a) => !ANYTIME_ACTIONS.includes(a) && fromStatuses(a).includes(status));
    const who = [...new Set(here.flatMap((a) => relationsAt(a, status)))];
    const actions = here.map((a) => `${a}${arrow(a)}`).join(', ');
    return `| ${code(status)} | ${STATUS_ZH[status]} | ${who.map((r) => RELATIONS[r]).join('; ') || 'nobody'} | ${actions} |`;
  });
  const anytime = ANYTIME_ACTIONS.map((a) => `${a} (${[...new Set(LIFECYCLE[a].who.map((w) => w.by))].join(', ')})`).join(', ');
  return [
    '| status | 中文 | who acts next | actions (→ status they lead to) |',
    '|---|---|---|---|',
    ...rows,
    '',
    `In every status that is not closed, besides: ${anytime}.`,
  ].join('\n');
}

function relationsAt(action: WorkflowAction, status: PetitionStatus): Relation[] {
  const who: ActionDeclaration['who'] = LIFECYCLE[action].who;
  return who.filter((w) => w.from.includes(status)).map((w) => w.by);
}

function arrow(action: WorkflowAction) {
  const to: ActionDeclaration['to'] = LIFECYCLE[action].to;
  const targets = [...targetsOf(action), ...(to !== null && typeof to === 'object' && to.unchanged ? ['same'] : [])];
  return targets.length ? ` → ${targets.join(' / ')}` : '';
}
