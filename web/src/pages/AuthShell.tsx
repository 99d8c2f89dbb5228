import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../features/layout/components/LanguageSwitch';
import { Card, Flex, Typography, usePageTitle } from '../ui';

/** The centred card around the login and password pages. */
export function AuthShell({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <main>
      <Flex vertical align="center" justify="center" gap={24} style={{ minHeight: '100vh', background: '#f5f0ee', padding: 16 }}>
        <Typography.Title level={1} style={{ color: '#8b0000', margin: 0, fontSize: 28 }}>
          {t('app.name')}
        </Typography.Title>
        <Card
          style={{ width: 380, maxWidth: '100%' }}
          title={<h2 style={{ margin: 0, fontSize: 18 }}>{title}</h2>}
          extra={<LanguageSwitch />}
        >
          {children}
        </Card>
      </Flex>
    </main>
  );
}
