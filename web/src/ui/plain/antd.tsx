import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';

// antd's theme, locale and message context, loaded only where an antd component is drawn: the frame and the work
// list are drawn without it, so a user landing there does not wait for antd (docs/PERFORMANCE.md § Web).
const UiProvider = lazy(() => import('../UiProvider').then((m) => ({ default: m.UiProvider })));

/** The line shown while a part of the app is on its way. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="xf-loading" role="status">
      {t('app.loading')}
    </p>
  );
}

/** Draws antd components (children) once antd has arrived; `fallback` until then (nothing by default). */
export function Antd({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  return (
    <Suspense fallback={fallback}>
      <UiProvider>{children}</UiProvider>
    </Suspense>
  );
}

/** A layout route for pages drawn with antd. */
export function AntdRoutes() {
  return (
    <Antd fallback={<Loading />}>
      <Outlet />
    </Antd>
  );
}
