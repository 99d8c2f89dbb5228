import { useTranslation } from 'react-i18next';
import { changeLanguage, type Language } from '../../../i18n';
import { Button, Space } from '../../../ui';

const LABELS: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };

/** 中文 / English; the label of each language is written in that language. */
export function LanguageSwitch({ dark = false }: { dark?: boolean }) {
  const { i18n, t } = useTranslation();
  return (
    <Space.Compact role="group" aria-label={t('app.language')}>
      {(Object.keys(LABELS) as Language[]).map((lang) => (
        <Button
          key={lang}
          lang={lang}
          type={i18n.language === lang ? 'primary' : 'default'}
          ghost={dark && i18n.language !== lang}
          aria-pressed={i18n.language === lang}
          onClick={() => void changeLanguage(lang)}
        >
          {LABELS[lang]}
        </Button>
      ))}
    </Space.Compact>
  );
}
