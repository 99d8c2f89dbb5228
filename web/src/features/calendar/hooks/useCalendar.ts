import { useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchCalendarStatus, fetchCalendarYear, fetchPolicies } from '../api/calendar';

export const CALENDAR_KEY = ['calendar'] as const;

/** Which years the calendar covers and which it lacks. */
export function useCalendarStatus() {
  return useQuery({ queryKey: [...CALENDAR_KEY, 'status'], queryFn: fetchCalendarStatus });
}

/** One year's holidays and make-up working days. */
export function useCalendarYear(year: number) {
  return useQuery({ queryKey: [...CALENDAR_KEY, 'year', year], queryFn: () => fetchCalendarYear(year) });
}

/** Refetches status and years after a year was entered. */
export function useInvalidateCalendar() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: CALENDAR_KEY });
}

/** The policy packs shipped with the server (data, not editable). */
export function usePolicies() {
  return useQuery({ queryKey: ['policies'], queryFn: fetchPolicies, staleTime: Infinity });
}
