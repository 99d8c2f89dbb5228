import { createContext, useCallback, useContext, useEffect, useMemo, useState, type AnchorHTMLAttributes, type ReactNode } from 'react';

/** Where the portal is: the path, the state a navigation carried, and how many navigations happened in the app. */
export interface PortalLocation {
  path: string;
  state: unknown;
  /** 0 on the page the browser loaded; each navigation inside the app counts one (focus then moves to the heading). */
  moves: number;
}

type Navigate = (to: string, options?: { replace?: boolean; state?: unknown }) => void;

const Context = createContext<{ location: PortalLocation; navigate: Navigate } | null>(null);

const here = (moves: number, state: unknown = window.history.state as unknown): PortalLocation => ({
  path: window.location.pathname.replace(/\/+$/, '') || '/',
  state,
  moves,
});

/**
 * Five pages need no router library: history.pushState, popstate and links that are real <a href> (they work
 * before the script has arrived and with it off).
 */
export function PortalRouter({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState<PortalLocation>(() => here(0));
  useEffect(() => {
    const onPop = () => setLocation((l) => here(l.moves + 1));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback<Navigate>((to, options = {}) => {
    if (options.replace) window.history.replaceState(options.state ?? null, '', to);
    else window.history.pushState(options.state ?? null, '', to);
    setLocation((l) => here(l.moves + 1, options.state ?? null));
    window.scrollTo(0, 0);
  }, []);
  const value = useMemo(() => ({ location, navigate }), [location, navigate]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

function useRouter() {
  const router = useContext(Context);
  if (!router) throw new Error('outside PortalRouter');
  return router;
}

export const useLocation = () => useRouter().location;
export const useNavigate = () => useRouter().navigate;

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; current?: boolean };

/** A real link; a plain click stays in the app. `current` marks the page the link leads to (aria-current). */
export function Link({ to, current, onClick, ...rest }: LinkProps) {
  const { navigate } = useRouter();
  return (
    <a
      {...rest}
      href={to}
      aria-current={current ? 'page' : undefined}
      onClick={(e) => {
        onClick?.(e);
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(to);
      }}
    />
  );
}
