import { useEffect, useRef } from 'react';
import { useLocation } from '../app/router';
import { useT } from '../i18n';

/**
 * A portal page: sets the document title and, after a navigation inside the app, moves the focus to the page's
 * heading so a screen reader announces the new page (returns the ref for the <h1 tabIndex={-1}>).
 */
export function usePortalPage(title: string) {
  const { t } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const { moves } = useLocation();
  useEffect(() => {
    document.title = `${title} - ${t('title')}`;
  }, [title, t]);
  useEffect(() => {
    if (moves > 0) heading.current?.focus();
  }, [moves]);
  return heading;
}
