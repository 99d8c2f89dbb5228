import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PortalApp } from '../features/portal/app/PortalApp';

// portal.html already shows the home page's markup; the app replaces it with the same markup in one step (no
// blank frame between), then takes over links and forms.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PortalApp />
  </StrictMode>,
);
