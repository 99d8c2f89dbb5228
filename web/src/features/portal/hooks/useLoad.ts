import { useEffect, useState } from 'react';

/** Loads once per key; null while loading, 'failed' when it did not arrive. */
export function useLoad<T>(load: () => Promise<T>, key: string): T | null | 'failed' {
  const [state, setState] = useState<{ key: string; value: T | 'failed' } | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setState({ key, value }),
      () => live && setState({ key, value: 'failed' }),
    );
    return () => {
      live = false;
    };
    // The key says when to load again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state?.key === key ? state.value : null;
}
