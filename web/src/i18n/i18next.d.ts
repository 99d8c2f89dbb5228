import 'i18next';
import type { Resources } from './zh';

// Keys are typed from the Chinese resources (en.ts has exactly the same): t('no.such.key') does not compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
  }
}
