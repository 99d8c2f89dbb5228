import type { Actor } from '../../auth/actor.js';
import type { Org } from '../../db/types.js';
import { regionsService } from '../regions/index.js';
import { orgPolicy } from './orgs.policy.js';
import type { OrgDto } from './orgs.schema.js';

/** A body as the directory and the route-target pickers list it. */
export const presentDirectoryOrg = (o: Pick<Org, 'id' | 'parent_id' | 'kind' | 'name' | 'short_name'>) => ({
  id: o.id,
  parentId: o.parent_id,
  kind: o.kind,
  name: o.name,
  shortName: o.short_name,
});

/** The API shape of a body, with what the actor may do to it. */
export function presentOrg(actor: Actor, org: Org, parentActive = true): OrgDto {
  return {
    id: org.id,
    parentId: org.parent_id,
    depth: org.depth,
    kind: org.kind,
    name: org.name,
    shortName: org.short_name,
    code: org.code,
    regionCode: org.region_code,
    regionName: org.region_code ? (regionsService.find(org.region_code)?.fullName ?? null) : null,
    contactPerson: org.contact_person,
    contactPhone: org.contact_phone,
    address: org.address,
    active: org.active,
    policyPack: org.policy_pack,
    createdAt: org.created_at,
    updatedAt: org.updated_at,
    abilities: orgPolicy.abilities(actor, org, parentActive),
  };
}

/** The audited fields of a body, as they appear in before/after. */
export function auditSnapshot(org: Org): Record<string, unknown> {
  return {
    parentId: org.parent_id,
    kind: org.kind,
    name: org.name,
    shortName: org.short_name,
    code: org.code,
    regionCode: org.region_code,
    contactPerson: org.contact_person,
    contactPhone: org.contact_phone,
    address: org.address,
    active: org.active,
    policyPack: org.policy_pack,
  };
}
