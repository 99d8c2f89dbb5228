import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { setApiLanguage } from '../../../api/client';
import { portalEn } from './en';
import { portalZh } from './zh';

export type PortalLanguage = 'zh-CN' | 'en';
export type PortalResources = typeof portalZh;

/** Every key of the resources, dotted ('submit.heading'): a misspelt key does not compile. */
type Paths<T> = { [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}` }[keyof T & string];
export type PortalKey = Paths<PortalResources>;

/** t() over keys built from values (`types.${type}.label`): checked by the tests that walk every value. */
export type Translate = (key: string, vars?: Record<string, unknown>) => string;

export const RESOURCES: Record<PortalLanguage, PortalResources> = { 'zh-CN': portalZh, en: portalEn };
// The staff app's key: a language chosen there holds here too.
const STORAGE_KEY = 'xf.lang';

/** A t() over one language's resources with {{name}} interpolation; a missing key shows as [key], a missing value as {{name}}. */
export function translator(resources: PortalResources): Translate {
  return (key, vars = {}) => {
    const value = key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], resources);
    if (typeof value !== 'string') return `[${key}]`;
    return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? `{{${name}}}`));
  };
}

function storedLanguage(): PortalLanguage {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

interface I18n {
  language: PortalLanguage;
  /** Typed keys. */
  t: (key: PortalKey, vars?: Record<string, unknown>) => string;
  /** The same t for keys built at run time. */
  tr: Translate;
  setLanguage: (lang: PortalLanguage) => void;
}

const Context = createContext<I18n | null>(null);

function apply(lang: PortalLanguage) {
  document.documentElement.lang = lang;
  setApiLanguage(lang);
}

/**
 * The portal's own strings (Chinese first, English), without the staff app's i18next and its thousand keys: a few
 * kilobytes a petitioner's phone downloads instead of the staff bundle.
 */
export function PortalI18n({ children, initial }: { children: ReactNode; initial?: PortalLanguage }) {
  const [language, setState] = useState<PortalLanguage>(() => {
    const lang = initial ?? storedLanguage();
    apply(lang);
    return lang;
  });
  const setLanguage = useCallback((lang: PortalLanguage) => {
    try {
      localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // private mode: the choice holds for this page only
    }
    apply(lang);
    setState(lang);
  }, []);
  const value = useMemo(() => {
    const tr = translator(RESOURCES[language]);
    return { language, t: tr, tr, setLanguage };
  }, [language, setLanguage]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useT(): I18n {
  const i18n = useContext(Context);
  if (!i18n) throw new Error('useT outside PortalI18n');
  return i18n;
}
