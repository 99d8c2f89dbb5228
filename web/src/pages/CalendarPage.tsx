import { CalendarManager } from '../features/calendar/components/CalendarManager';

export function CalendarPage() {
  return <CalendarManager />;
}
