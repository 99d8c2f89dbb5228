import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage, setNetworkErrorMessage } from '../api/client';
import { en } from './en';
import { LANGUAGE_STORAGE_KEY, storedLanguage, type Language } from './language';
import { zh } from './zh';

export type { Language } from './language';

function apply(lang: Language): void {
  document.documentElement.lang = lang;
  setApiLanguage(lang);
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
}

/** Switches the UI language and remembers it. */
export async function changeLanguage(lang: Language): Promise<void> {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
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
