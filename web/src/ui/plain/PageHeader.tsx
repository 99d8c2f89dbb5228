import { createContext, useContext, useEffect, useState, type MouseEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

/** The sticky page header's height: wide tables keep their own sticky header just below it. */
export const PAGE_HEADER_HEIGHT = 56;

// Where the frame wants the page header: a direct child of <main>, so that it sticks over the whole page (a sticky
// element only sticks within its parent, and pages nest their header in layout boxes).
const SlotContext = createContext<HTMLElement | null>(null);

/** The frame's place for the page header, at the top of <main>. */
export function PageHeaderSlot({ children }: { children: ReactNode }) {
  const [slot, setSlot] = useState<HTMLDivElement | null>(null);
  return (
    <>
      <div ref={setSlot} className="xf-page-header-slot" />
      <SlotContext.Provider value={slot}>{children}</SlotContext.Provider>
    </>
  );
}

/** Names the browser tab after the page ("待办事项 - 信访事项办理系统"), for pages without a PageHeader (login). */
export function usePageTitle(title: string) {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} - ${app}` : app;
  }, [title, app]);
}

/**
 * Every staff page's identity: the tab title, the page's one <h1>, and its main actions, kept in view at the top
 * of the content while the page scrolls. `extra` sits beside the heading (status tags, a count); `heading`, when
 * given, is what the <h1> shows of a title too long to stay in view (a petition's number, its subject below).
 */
export function PageHeader({
  title,
  heading,
  extra,
  actions,
}: {
  title: string;
  heading?: ReactNode;
  extra?: ReactNode;
  actions?: ReactNode;
}) {
  usePageTitle(title);
  const slot = useContext(SlotContext);
  const header = (
    <div className="xf-page-header" data-testid="page-header">
      <div className="xf-page-header-title">
        <h1>{heading ?? title}</h1>
        {extra}
      </div>
      {actions && <div className="xf-page-header-actions">{actions}</div>}
    </div>
  );
  return slot ? createPortal(header, slot) : header;
}

/** The first thing Tab reaches: moves focus past the header and menu to <main id="main">. */
export function SkipLink() {
  const { t } = useTranslation();
  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    // Focus rather than follow the fragment: the router would otherwise see a new location.
    e.preventDefault();
    document.getElementById('main')?.focus();
  };
  return (
    <a className="xf-skip-link" href="#main" onClick={skip}>
      {t('app.skipToMain')}
    </a>
  );
}
