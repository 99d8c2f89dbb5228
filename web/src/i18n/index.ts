import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage, setNetworkErrorMessage } from '../api/client';
import { en } from './en';
import { zh } from './zh';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'xf.lang';

/** The stored language, 中文 unless English was chosen. */
export function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

function apply(lang: Language): void {
  document.documentElement.lang = lang;
  setApiLanguage(lang);
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
}

/** Switches the UI language and remembers it. */
export async function changeLanguage(lang: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, lang);
  apply(lang);
  await i18n.changeLanguage(lang);
}

const initial = storedLanguage();
apply(initial);
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zh }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  keySeparator: '.',
  nsSeparator: false,
});
setNetworkErrorMessage(() => i18n.t('session.networkError'));

export default i18n;
