import { DEADLINE_GRADES, DUE_SETTERS } from '@xinfang/domain';
import { z } from 'zod';

/** A deadline as every screen shows it: graded at the time of the request. */
export const clockDto = z.object({
  key: z.string(),
  label: z.string(),
  pack: z.string(),
  startedAt: z.date(),
  dueAt: z.date(),
  /** The due time rests on a year without holiday data. */
  provisional: z.boolean(),
  grade: z.enum(DEADLINE_GRADES).nullable(),
  remainingMs: z.number().nullable(),
  stoppedAt: z.date().nullable(),
  stopEvent: z.string().nullable(),
  /** Whose due time it is: the statute's, or the earlier one the assigning body set in its 交办. */
  setBy: z.enum(DUE_SETTERS),
});
