import type { Language } from './language';

/** The frame's name and loading line: in the UI strings, and in the first paint before the app (index.html, boot.ts). */
export const FRAME_TEXT: Record<Language, { name: string; loading: string }> = {
  'zh-CN': { name: '信访事项办理系统', loading: '正在载入，请稍候…' },
  en: { name: 'Petition Case Handling System', loading: 'Loading, please wait…' },
};
