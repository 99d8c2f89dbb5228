import { OWNERSHIP_ITEMS, INBOX_SECTIONS, DEADLINE_SCOPES, DEADLINE_GRADES, type InboxSection } from '@xinfang/domain';
import { z } from 'zod';
import { petitionListItemDto } from '../petitions/index.js';
import { clockDto } from '../deadlines/index.js';
import { directoryOrgDto } from '../orgs/index.js';
import { ref } from '../../shared/workflow.dto.js';

export { actionBody, type ActionInput } from './actions/index.js';

const at = z.date();
const day = z.string();

const inboxItem = petitionListItemDto.extend({ task: z.string().nullable() });
const bySection = <T extends z.ZodType>(t: T) => z.object(Object.fromEntries(INBOX_SECTIONS.map((s) => [s, t])) as Record<InboxSection, T>);
/** Each section's first page (most urgent first), its true size and where its next page starts. */
export const inboxDto = z.object({
  sections: bySection(z.array(inboxItem)),
  totals: bySection(z.number().int()),
  nextCursors: bySection(z.string().nullable()),
});
export const inboxSectionParams = z.strictObject({ section: z.enum(INBOX_SECTIONS) });
export const inboxPageQuery = z.strictObject({
  /** Opaque keyset cursor from the previous page's nextCursor. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type InboxPageQuery = z.output<typeof inboxPageQuery>;
/** A leader's instructions not yet read by every body they reached: the first page, most urgent first, and the count. */
export const awaitingDto = z.object({ items: z.array(petitionListItemDto), total: z.number().int() });
export const inboxPageDto = z.object({ items: z.array(inboxItem), total: z.number().int(), nextCursor: z.string().nullable() });

export const deadlinesQuery = z.strictObject({
  scope: z.enum(DEADLINE_SCOPES).default('own'),
  grade: z.enum(DEADLINE_GRADES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type DeadlinesQuery = z.infer<typeof deadlinesQuery>;
export const deadlinesDto = z.object({
  items: z.array(
    z.object({
      petition: z.object({ id: z.number(), number: z.string(), title: z.string(), status: z.string() }),
      org: ref,
      clock: clockDto,
    }),
  ),
});
/** The bodies a petition may be forwarded or assigned to by the actor's body (routing.ts). */
export const routeTargetsDto = z.object({ items: z.array(directoryOrgDto) });
export const boardDto = z.object({
  rows: z.array(z.object({ org: ref, open: z.number(), dueSoon: z.number(), dueToday: z.number(), overdue: z.number() })),
});
export const ownershipsDto = z.object({
  items: z.array(
    z.object({
      petition: petitionListItemDto,
      since: at,
      items: z.array(z.object({ item: z.enum(OWNERSHIP_ITEMS), doneOn: day, note: z.string() })),
    }),
  ),
});
