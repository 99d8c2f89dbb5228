// What other features may use of deadlines (China-time dates are @xinfang/domain's): the working-day calendar, the petition clocks and
// their SQL fragments (grade, the body's clock), the policy packs.
export { createCalendarService, type CalendarService } from './calendar.service.js';
export { dueAt, type Pause } from './clock.js';
import { clocksRepository } from './clocks.repository.js';
export { bodyClock, gradeAt, hasGrade } from './clocks.repository.js';
export { clockDto } from './clocks.schema.js';
export {
  createClocksService,
  presentClock,
  type ClockDto,
  type ClockEvent,
  type ClockSubject,
  type ClocksService,
} from './clocks.service.js';
export { clockKeys, GRASSROOTS_CLOCKS, PETITIONER_WINDOWS, POLICY_PACKS, policyPacks, type PolicySettings } from './policies.js';

/** The open clocks of a petition (the portal's public view). */
export const clockRecords: Pick<typeof clocksRepository, 'open'> = clocksRepository;
