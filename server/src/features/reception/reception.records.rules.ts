import { longDate } from '@xinfang/domain';
import { AppError, type ErrorCode, type FieldError } from '../../errors.js';
import { sentence } from '../documents/index.js';
import type { RegisterInput } from '../petitions/index.js';
import type { MatterInput, VisitorInput } from './reception.records.schema.js';

// The pure parts of saving a record: its refusals, the matter's petitioners and 批示, errors re-addressed.

/** A refusal naming the field at fault. */
export const fail = (code: ErrorCode, path: string, message: string) => new AppError(code, { fields: [{ path, message }] });

/** Fields of registration and of the workflow's actions that a matter names otherwise (the rest keep their names). */
const MATTER_FIELDS: Record<string, string> = {
  toOrgId: 'orgId',
  requirements: 'instruction',
  text: 'instruction',
  reason: 'instruction',
  route: 'legalRoute',
};
/** Registration fields the record itself carries. */
const RECORD_FIELDS: Record<string, string> = { receivedAt: 'heldAt', personsCount: 'visitors' };

/** A field error of registration or of a workflow action, re-addressed to where it sits in the record's request. */
export function readdressed(err: unknown, matterPath: string): unknown {
  if (!(err instanceof AppError)) return err;
  // Field errors name their fields in `fields`; a routing refusal names its one in `field`.
  const { fields, field } = err.details as { fields?: FieldError[]; field?: string };
  if (!fields && !field) return err;
  const path = (p: string) => {
    if (p.startsWith('petitioners')) return p.replace(/^petitioners/, 'visitors');
    const [head = '', ...rest] = p.split('.');
    return RECORD_FIELDS[head] ?? [`${matterPath}.${MATTER_FIELDS[head] ?? head}`, ...rest].join('.');
  };
  return new AppError(
    err.code,
    { ...err.details, ...(fields && { fields: fields.map((f) => ({ ...f, path: path(f.path) })) }), ...(field && { field: path(field) }) },
    err.wording,
  );
}

/** The 批示 as sent: on a linked petition the leader's time limit is part of it (the petition keeps its own deadline). */
export const instructionText = (m: MatterInput) =>
  m.petitionId && m.dueDate ? `${sentence(m.instruction)}请于${longDate(m.dueDate)}前办结。` : m.instruction;

/** Visitors as the petitioners of a matter registered from the record: the first is the main one. */
export function petitionersOf(visitors: VisitorInput[]): RegisterInput['petitioners'] {
  return visitors.map((v, i) => ({
    kind: 'person',
    name: v.name,
    idType: v.idType,
    idNumber: v.idNumber,
    phone: v.phone,
    address: null,
    regionCode: null,
    employer: null,
    isMain: i === 0,
    isRepresentative: v.isRepresentative,
  }));
}
