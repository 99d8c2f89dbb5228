/**
 * The staff app's first script, a small entry of its own loaded without waiting (vite.config.ts): while the app's
 * larger files are still on their way, it starts the signed-in check, the first screen's reads and the first screen's
 * files, so that on a slow link they arrive together instead of one after another (docs/PERFORMANCE.md § Web).
 */
import { prefetch, setApiLanguage } from './api/client';
import { FIRST_SCREENS } from './firstScreens';
import { FRAME_TEXT } from './i18n/frame';
import { storedLanguage } from './i18n/language';

const OUTSIDE_THE_FRAME = ['/login', '/change-password'];

// index.html's first paint is in Chinese; an English reader gets it in English as soon as this runs (no inline script:
// the page's CSP forbids it).
if (storedLanguage() === 'en') {
  document.documentElement.lang = 'en';
  const name = document.getElementById('xf-boot-name');
  const text = document.getElementById('xf-boot-text');
  if (name) name.textContent = FRAME_TEXT.en.name;
  if (text) text.textContent = FRAME_TEXT.en.loading;
}

if (!OUTSIDE_THE_FRAME.includes(window.location.pathname)) {
  setApiLanguage(storedLanguage());
  prefetch('/auth/me');
  const screen = FIRST_SCREENS[window.location.pathname];
  for (const path of screen?.reads?.(new URLSearchParams(window.location.search)) ?? []) prefetch(path);
  // A failure here is left to the page's own load, which shows it.
  void screen?.load?.().catch(() => undefined);
}
