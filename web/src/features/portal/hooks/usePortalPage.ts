import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/**
 * A portal page: sets the document title and, after a navigation inside the app, moves the focus to the page's
 * heading so a screen reader announces the new page (returns the ref for the <h1 tabIndex={-1}>).
 */
export function usePortalPage(title: string) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  useEffect(() => {
    document.title = `${title} - ${t('portal.title')}`;
  }, [title, t]);
  useEffect(() => {
    if (location.key !== 'default') heading.current?.focus();
  }, [location.key]);
  return heading;
}
