import type { WorkflowAction } from '@xinfang/domain';
import type { z } from 'zod';
import { accept } from './accept.js';
import { acknowledgeInstruction } from './acknowledgeInstruction.js';
import { addAssist } from './addAssist.js';
import { approveExtension } from './approveExtension.js';
import { assign } from './assign.js';
import { assistReply } from './assistReply.js';
import { conclude } from './conclude.js';
import { decide } from './decide.js';
import { decline } from './decline.js';
import { deliver } from './deliver.js';
import { forward } from './forward.js';
import { insist } from './insist.js';
import { instruct } from './instruct.js';
import { markBacklog } from './markBacklog.js';
import { ownershipItem } from './ownershipItem.js';
import { receive } from './receive.js';
import { record } from './record.js';
import { replySupervision } from './replySupervision.js';
import { requestExtension } from './requestExtension.js';
import { requestMediation } from './requestMediation.js';
import { requestReexamination } from './requestReexamination.js';
import { requestReview } from './requestReview.js';
import { resolveBacklog } from './resolveBacklog.js';
import { returnAction } from './return.js';
import { rework } from './rework.js';
import { supervise } from './supervise.js';
import { takeOwnership } from './takeOwnership.js';
import { urge } from './urge.js';
import { verify } from './verify.js';
import { bodySchema, type ActionDefinition, type Input } from './shared.js';

/** Every action's body and handler: an action without its file, or a file under another name, does not compile. */
export const ACTIONS = {
  accept,
  forward,
  assign,
  decline,
  receive,
  return: returnAction,
  insist,
  record,
  addAssist,
  assistReply,
  requestMediation,
  requestExtension,
  approveExtension,
  decide,
  deliver,
  conclude,
  verify,
  rework,
  requestReview,
  requestReexamination,
  urge,
  supervise,
  replySupervision,
  instruct,
  acknowledgeInstruction,
  takeOwnership,
  ownershipItem,
  markBacklog,
  resolveBacklog,
} satisfies { [A in WorkflowAction]: ActionDefinition<A, z.ZodRawShape> };

type Body<A extends WorkflowAction> = (typeof ACTIONS)[A]['body'];
/** The body schema of an action's route. */
export const actionBody = <A extends WorkflowAction>(action: A) => bodySchema(ACTIONS[action].body as Body<A>);
export type ActionInput<A extends WorkflowAction> = Input<Body<A>>;
