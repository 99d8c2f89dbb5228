import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { BrowserRouter, Route, Routes, useNavigate } from 'react-router';
import { setNavigationHandlers } from './api/client';
import { ME_KEY } from './features/auth/hooks/useMe';
import { loadWorkbenchPage } from './firstScreens';
import { AppLayout } from './features/layout/components/AppLayout';
// The work list, the first screen of most staff, comes with the app rather than after it (docs/PERFORMANCE.md § Web).
import { PetitionsPage } from './pages/PetitionsPage';
import { AntdRoutes, Loading } from './ui/plain';

// One chunk per page but the work list: the first load carries only the frame, the work list and the page it lands on.
const AuditPage = lazy(() => import('./pages/AuditPage').then((m) => ({ default: m.AuditPage })));
const CalendarPage = lazy(() => import('./pages/CalendarPage').then((m) => ({ default: m.CalendarPage })));
const CategoriesPage = lazy(() => import('./pages/CategoriesPage').then((m) => ({ default: m.CategoriesPage })));
const AssistPage = lazy(() => import('./pages/AssistPage').then((m) => ({ default: m.AssistPage })));
const ChangePasswordPage = lazy(() => import('./pages/ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage })));
const DisputeDetailPage = lazy(() => import('./pages/DisputeDetailPage').then((m) => ({ default: m.DisputeDetailPage })));
const DisputeMeetingPage = lazy(() => import('./pages/DisputeMeetingPage').then((m) => ({ default: m.DisputeMeetingPage })));
const DisputeMeetingsPage = lazy(() => import('./pages/DisputeMeetingsPage').then((m) => ({ default: m.DisputeMeetingsPage })));
const DisputeStatsPage = lazy(() => import('./pages/DisputeStatsPage').then((m) => ({ default: m.DisputeStatsPage })));
const DisputeSummariesPage = lazy(() => import('./pages/DisputeSummariesPage').then((m) => ({ default: m.DisputeSummariesPage })));
const DisputesPage = lazy(() => import('./pages/DisputesPage').then((m) => ({ default: m.DisputesPage })));
const DocumentTemplatesPage = lazy(() => import('./pages/DocumentTemplatesPage').then((m) => ({ default: m.DocumentTemplatesPage })));
const CorrectPetitionPage = lazy(() => import('./pages/CorrectPetitionPage').then((m) => ({ default: m.CorrectPetitionPage })));
const ImportPetitionsPage = lazy(() => import('./pages/ImportPetitionsPage').then((m) => ({ default: m.ImportPetitionsPage })));
const InboxPage = lazy(() => import('./pages/InboxPage').then((m) => ({ default: m.InboxPage })));
const LoginPage = lazy(() => import('./pages/LoginPage').then((m) => ({ default: m.LoginPage })));
const NewDisputeMeetingPage = lazy(() => import('./pages/NewDisputeMeetingPage').then((m) => ({ default: m.NewDisputeMeetingPage })));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage').then((m) => ({ default: m.NotFoundPage })));
const OrgsPage = lazy(() => import('./pages/OrgsPage').then((m) => ({ default: m.OrgsPage })));
const OwnershipsPage = lazy(() => import('./pages/OwnershipsPage').then((m) => ({ default: m.OwnershipsPage })));
const PetitionDetailPage = lazy(() => import('./pages/PetitionDetailPage').then((m) => ({ default: m.PetitionDetailPage })));
const RegisterDisputePage = lazy(() => import('./pages/RegisterDisputePage').then((m) => ({ default: m.RegisterDisputePage })));
const ReceiptPage = lazy(() => import('./pages/ReceiptPage').then((m) => ({ default: m.ReceiptPage })));
const ReceptionPage = lazy(() => import('./pages/ReceptionPage').then((m) => ({ default: m.ReceptionPage })));
const MyCalendarPage = lazy(() => import('./pages/MyCalendarPage').then((m) => ({ default: m.MyCalendarPage })));
const RegisterPetitionPage = lazy(() => import('./pages/RegisterPetitionPage').then((m) => ({ default: m.RegisterPetitionPage })));
const StatsBodiesPage = lazy(() => import('./pages/StatsBodiesPage').then((m) => ({ default: m.StatsBodiesPage })));
const StatsPage = lazy(() => import('./pages/StatsPage').then((m) => ({ default: m.StatsPage })));
const StatsReportsPage = lazy(() => import('./pages/StatsReportsPage').then((m) => ({ default: m.StatsReportsPage })));
const SupervisionPage = lazy(() => import('./pages/SupervisionPage').then((m) => ({ default: m.SupervisionPage })));
const UsersPage = lazy(() => import('./pages/UsersPage').then((m) => ({ default: m.UsersPage })));
const WorkbenchPage = lazy(() => loadWorkbenchPage().then((m) => ({ default: m.WorkbenchPage })));

function NavigationBridge() {
  const navigate = useNavigate();
  const client = useQueryClient();
  useEffect(() => {
    setNavigationHandlers({
      unauthorized: () => {
        client.setQueryData(ME_KEY, null);
        void navigate('/login', { replace: true });
      },
      passwordChangeRequired: () => void navigate('/change-password', { replace: true }),
    });
  }, [navigate, client]);
  return null;
}

/**
 * Routes: login and password change outside the frame, everything else inside it (网上信访 is its own entry, portal.html).
 * antd and its theme are loaded by the pages that draw with it (AntdRoutes), not by the frame or the work list.
 */
export function App() {
  return (
    <BrowserRouter>
      <NavigationBridge />
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route element={<AntdRoutes />}>
            <Route path="/login" element={<LoginPage />} />
            <Route path="/change-password" element={<ChangePasswordPage />} />
          </Route>
          {/* The frame and the work list are drawn without antd; every other page with it. */}
          <Route element={<AppLayout />}>
            <Route path="/petitions" element={<PetitionsPage />} />
            <Route element={<AntdRoutes />}>
              <Route index element={<WorkbenchPage />} />
              <Route path="/petitions/new" element={<RegisterPetitionPage />} />
              <Route path="/petitions/import" element={<ImportPetitionsPage />} />
              <Route path="/petitions/:id" element={<PetitionDetailPage />} />
              <Route path="/petitions/:id/correct" element={<CorrectPetitionPage />} />
              <Route path="/petitions/:id/receipt" element={<ReceiptPage />} />
              <Route path="/inbox" element={<InboxPage />} />
              <Route path="/supervision" element={<SupervisionPage />} />
              <Route path="/ownerships" element={<OwnershipsPage />} />
              <Route path="/reception" element={<ReceptionPage />} />
              <Route path="/my-calendar" element={<MyCalendarPage />} />
              <Route path="/disputes" element={<DisputesPage />} />
              <Route path="/disputes/new" element={<RegisterDisputePage />} />
              <Route path="/disputes/summaries" element={<DisputeSummariesPage />} />
              <Route path="/disputes/stats" element={<DisputeStatsPage />} />
              <Route path="/disputes/meetings" element={<DisputeMeetingsPage />} />
              <Route path="/disputes/meetings/new" element={<NewDisputeMeetingPage />} />
              <Route path="/disputes/meetings/:id" element={<DisputeMeetingPage />} />
              <Route path="/disputes/:id" element={<DisputeDetailPage />} />
              <Route path="/stats" element={<StatsPage />} />
              <Route path="/stats/bodies" element={<StatsBodiesPage />} />
              <Route path="/stats/reports" element={<StatsReportsPage />} />
              <Route path="/admin/orgs" element={<OrgsPage />} />
              <Route path="/admin/categories" element={<CategoriesPage />} />
              <Route path="/admin/assist" element={<AssistPage />} />
              <Route path="/admin/users" element={<UsersPage />} />
              <Route path="/admin/calendar" element={<CalendarPage />} />
              <Route path="/admin/templates" element={<DocumentTemplatesPage />} />
              <Route path="/audit" element={<AuditPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Route>
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
