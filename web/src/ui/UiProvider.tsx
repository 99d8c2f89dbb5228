import { App, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './staff.css';

// Secondary and tertiary text darker than antd's defaults so they meet WCAG AA contrast (axe color-contrast).
const THEME = {
  token: {
    colorPrimary: '#b71c1c',
    colorLink: '#a61b1b',
    colorTextSecondary: 'rgba(0, 0, 0, 0.72)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
  },
};

/** antd theme, locale (follows the UI language) and the message/modal context. */
export function UiProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} button={{ autoInsertSpace: false }} theme={THEME}>
      <App>{children}</App>
    </ConfigProvider>
  );
}
