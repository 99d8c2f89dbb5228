import { MyCalendar } from '../features/reception/components/MyCalendar';

export function MyCalendarPage() {
  return <MyCalendar />;
}
