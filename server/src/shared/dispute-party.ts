import { DISPUTE_PARTY_KINDS } from '@xinfang/domain';
import { z } from 'zod';
import { int4Id, optionalPhone, optionalText, requiredText } from './validators.js';

/**
 * One party of a dispute as staff enter it: a person or a body, and what it asks for. Shared by the dispute register
 * and the workflow's 交由村（居）调解, which opens a dispute from a petition (features/disputes below both).
 */
export const disputePartyInput = z.strictObject({
  kind: z.enum(DISPUTE_PARTY_KINDS).default('person'),
  name: requiredText(100, '请填写当事人姓名或名称'),
  phone: optionalPhone,
  address: optionalText(200),
  claim: requiredText(1000, '请填写该当事人的诉求'),
  /** A party that is a body of the tree (a village committee…): it may not mediate its own dispute. */
  orgId: int4Id.nullish().transform((v) => v ?? null),
});
export type DisputePartyInput = z.infer<typeof disputePartyInput>;
