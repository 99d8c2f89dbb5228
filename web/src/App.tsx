import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { BrowserRouter, Route, Routes, useNavigate } from 'react-router';
import { setNavigationHandlers } from './api/client';
import { ME_KEY } from './features/auth/hooks/useMe';
import { AppLayout } from './features/layout/components/AppLayout';
import { AuditPage } from './pages/AuditPage';
import { CategoriesPage } from './pages/CategoriesPage';
import { ChangePasswordPage } from './pages/ChangePasswordPage';
import { CorrectPetitionPage } from './pages/CorrectPetitionPage';
import { ImportPetitionsPage } from './pages/ImportPetitionsPage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OrgsPage } from './pages/OrgsPage';
import { PetitionDetailPage } from './pages/PetitionDetailPage';
import { PetitionsPage } from './pages/PetitionsPage';
import { ReceiptPage } from './pages/ReceiptPage';
import { RegisterPetitionPage } from './pages/RegisterPetitionPage';
import { UsersPage } from './pages/UsersPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

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

/** Routes: login and password change outside the frame, everything else inside it. */
export function App() {
  return (
    <BrowserRouter>
      <NavigationBridge />
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/change-password" element={<ChangePasswordPage />} />
        <Route element={<AppLayout />}>
          <Route index element={<WorkbenchPage />} />
          <Route path="/petitions/new" element={<RegisterPetitionPage />} />
          <Route path="/petitions/import" element={<ImportPetitionsPage />} />
          <Route path="/petitions" element={<PetitionsPage />} />
          <Route path="/petitions/:id" element={<PetitionDetailPage />} />
          <Route path="/petitions/:id/correct" element={<CorrectPetitionPage />} />
          <Route path="/petitions/:id/receipt" element={<ReceiptPage />} />
          <Route path="/admin/orgs" element={<OrgsPage />} />
          <Route path="/admin/categories" element={<CategoriesPage />} />
          <Route path="/admin/users" element={<UsersPage />} />
          <Route path="/audit" element={<AuditPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
