import { App, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { popupContainer } from './popupContainer';

/** The colour of what needs attention (a value past its threshold, an overdue count): the theme's error red. */
export const ATTENTION_COLOUR = '#cf1322';

// Secondary and tertiary text darker than antd's defaults so they meet WCAG AA contrast (axe color-contrast).
const THEME = {
  token: {
    colorPrimary: '#b71c1c',
    colorLink: '#a61b1b',
    colorTextSecondary: 'rgba(0, 0, 0, 0.72)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    // Error text and danger buttons, and the tags' text on their pale grounds, at 4.5:1 or more (the defaults of
    // these palettes' text shade fall between 2 and 4.4). Each shade has two names that share one CSS variable.
    colorError: ATTENTION_COLOUR,
    volcano7: '#ad2102',
    'volcano-7': '#ad2102',
    orange7: '#ad4e00',
    'orange-7': '#ad4e00',
    gold7: '#874d00',
    'gold-7': '#874d00',
    yellow7: '#876800',
    'yellow-7': '#876800',
    lime7: '#3f6600',
    'lime-7': '#3f6600',
    green7: '#237804',
    'green-7': '#237804',
    cyan7: '#006d75',
    'cyan-7': '#006d75',
  },
  components: {
    // Closer tabs: a row of them that overflows puts antd's "more" button inside the tablist, which assistive
    // technology cannot read (axe aria-required-children); the nine inbox sections fit at 1366 px this way.
    Tabs: { horizontalItemGutter: 16 },
  },
};

/** antd theme, locale (follows the UI language), where popups go and the message/modal context. */
export function UiProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider
      locale={i18n.language === 'en' ? enUS : zhCN}
      button={{ autoInsertSpace: false }}
      theme={THEME}
      getPopupContainer={popupContainer}
    >
      <App>{children}</App>
    </ConfigProvider>
  );
}
