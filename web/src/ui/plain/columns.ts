import { useState } from 'react';

/**
 * The columns a user hid in one table, kept in this browser under the user's id. A display preference, not data:
 * localStorage needs no table, migration or request, and the cost of losing it (another browser, cleared storage)
 * is showing all columns again.
 */
export function useHiddenColumns(storageKey: string) {
  const key = `xf.columns.${storageKey}`;
  const [hidden, setHidden] = useState<string[]>(() => {
    try {
      const saved: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
      return Array.isArray(saved) ? saved.filter((x): x is string => typeof x === 'string') : [];
    } catch {
      return [];
    }
  });
  const toggle = (column: string) => {
    const next = hidden.includes(column) ? hidden.filter((c) => c !== column) : [...hidden, column];
    localStorage.setItem(key, JSON.stringify(next));
    setHidden(next);
  };
  return { hidden, toggle };
}
