import { petitionsPagePath } from './features/petitions/api/petitions';
import { searchToFilters } from './features/petitions/filters';

export const loadWorkbenchPage = () => import('./pages/WorkbenchPage');

/**
 * The first screens of most staff, by path: the page's files, and the reads it starts with that need nothing but the
 * address (the work list's first page; the workbench's depend on who is signed in). boot.ts starts both before the app
 * runs; the app's own requests then take them (api/client.ts prefetch).
 */
export const FIRST_SCREENS: Record<string, { load?: () => Promise<unknown>; reads?: (search: URLSearchParams) => string[] }> = {
  '/': { load: loadWorkbenchPage },
  '/petitions': { reads: (search) => [petitionsPagePath(searchToFilters(search))] },
};
