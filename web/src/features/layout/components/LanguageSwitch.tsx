import { useTranslation } from 'react-i18next';
import { changeLanguage, type Language } from '../../../i18n';

const LABELS: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };

/** 中文 / English; the label of each language is written in that language. */
export function LanguageSwitch({ dark = false }: { dark?: boolean }) {
  const { i18n, t } = useTranslation();
  return (
    <div className="xf-btn-group" role="group" aria-label={t('app.language')}>
      {(Object.keys(LABELS) as Language[]).map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className={dark && i18n.language !== lang ? 'xf-btn xf-btn-ghost' : 'xf-btn'}
          aria-pressed={i18n.language === lang}
          onClick={() => void changeLanguage(lang)}
        >
          {LABELS[lang]}
        </button>
      ))}
    </div>
  );
}
