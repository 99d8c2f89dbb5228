import { ORG_KINDS } from '@xinfang/domain';
import { z } from 'zod';
import { POLICY_PACKS } from '../deadlines/index.js';
import { optionalRegionCodeFormat } from '../regions/index.js';
import { int4Id, optionalPhone, optionalText } from '../../shared/validators.js';

const name = z.string().trim().min(1, '请填写机构名称').max(100, '机构名称不能超过 100 个字');
const code = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || /^[A-Za-z0-9_-]{1,20}$/.test(v), { message: '机构编码只能由字母、数字、下划线和连字符组成，最多 20 位' });
const editable = {
  kind: z.enum(ORG_KINDS),
  name,
  shortName: optionalText(30),
  code,
  regionCode: optionalRegionCodeFormat,
  contactPerson: optionalText(50),
  contactPhone: optionalPhone,
  address: optionalText(200),
};

/** 时限策略: null follows the body above. */
const policyPack = z.enum(Object.keys(POLICY_PACKS) as [string, ...string[]]).nullable();

/** Creating a body: always under a parent within the actor's scope. */
export const createOrgBody = z.strictObject({ parentId: int4Id, ...editable, policyPack: policyPack.default(null) });
export type CreateOrgInput = z.infer<typeof createOrgBody>;

/** Editing a body (renaming included); moving has its own action. */
export const updateOrgBody = z.strictObject({
  policyPack: policyPack.optional(),
  kind: editable.kind.optional(),
  name: name.optional(),
  shortName: editable.shortName.optional(),
  code: editable.code.optional(),
  regionCode: editable.regionCode.optional(),
  contactPerson: editable.contactPerson.optional(),
  contactPhone: editable.contactPhone.optional(),
  address: editable.address.optional(),
});
export type UpdateOrgInput = z.infer<typeof updateOrgBody>;

export const moveOrgBody = z.strictObject({ parentId: int4Id });

export const listOrgsQuery = z.strictObject({
  includeInactive: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

export const orgDto = z.object({
  id: z.number(),
  parentId: z.number().nullable(),
  depth: z.number(),
  kind: z.enum(ORG_KINDS),
  name: z.string(),
  shortName: z.string().nullable(),
  code: z.string().nullable(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  contactPerson: z.string().nullable(),
  contactPhone: z.string().nullable(),
  address: z.string().nullable(),
  active: z.boolean(),
  policyPack: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  abilities: z.object({
    update: z.boolean(),
    createChild: z.boolean(),
    move: z.boolean(),
    deactivate: z.boolean(),
    reactivate: z.boolean(),
  }),
});
export type OrgDto = z.infer<typeof orgDto>;

/** One body of the whole-tree directory, as pickers list it (the directory, a petition's route targets). */
export const directoryOrgDto = z.object({
  id: z.number(),
  parentId: z.number().nullable(),
  kind: z.enum(ORG_KINDS),
  name: z.string(),
  shortName: z.string().nullable(),
});

export const importQuery = z.strictObject({
  dryRun: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

export const importResult = z.object({
  dryRun: z.boolean(),
  created: z.number(),
  rows: z.array(z.object({ row: z.number(), name: z.string(), parent: z.string() })),
});
