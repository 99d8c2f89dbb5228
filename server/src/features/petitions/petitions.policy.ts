import type { Actor } from '../../auth/actor.js';

/** What the actor may do to a petition they can see: declarative, sent to the UI as abilities. */
export const petitionPolicy = {
  abilities(
    actor: Actor,
    p: {
      org_id: number;
      router_id: number;
      merged_into_id: number | null;
      repeat_of_id: number | null;
      final_of_id: number | null;
      new_facts: string | null;
      new_facts_approved_at: Date | null;
    },
  ) {
    const has = (perm: Parameters<typeof actor.permissions.includes>[0]) => actor.permissions.includes(perm);
    // Registration records belong to the body that registered them: only it corrects or relinks them.
    const own = p.org_id === actor.orgId;
    return {
      correct: has('petition.correct') && own,
      unmask: has('petition.unmask'),
      link: has('petition.link') && own,
      merge: has('petition.link') && own && p.merged_into_id === null,
      unmerge: has('petition.link') && own && p.merged_into_id !== null,
      reissueCode: has('petition.register') && own,
      // 条例 Art. 36: the head of the body that must decide whether to take the repeat of a final matter in.
      approveNewFacts:
        has('petition.approve') && p.router_id === actor.orgId && p.final_of_id !== null && !!p.new_facts && !p.new_facts_approved_at,
    };
  },
};
