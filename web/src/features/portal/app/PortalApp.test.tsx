import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RESOURCES, translator, type PortalLanguage } from '../i18n';
import { PortalApp } from './PortalApp';

// Whitespace as the browser renders it: runs of it are one space, none at the edges of an element's content; the
// server's markers (comments) are not rendered.
const rendered = (html: string) =>
  html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+/g, ' ')
    .replace(/> /g, '>')
    .replace(/ </g, '<')
    .trim();
const page = new DOMParser().parseFromString(readFileSync(path.join(process.cwd(), 'portal.html'), 'utf8'), 'text/html');
const templates = [...page.querySelectorAll('template')];

describe('portal.html', () => {
  it('paints the home page exactly as the app renders it, so the app takes over without a change on screen', () => {
    window.history.replaceState(null, '', '/portal');
    const { container } = render(<PortalApp language="zh-CN" />);
    expect(rendered(page.getElementById('root')!.innerHTML)).toBe(rendered(container.innerHTML));
    expect(page.title).toBe(document.title);
  });

  it('holds the English home page as the app renders it in English, for a reader who chose English', () => {
    window.history.replaceState(null, '', '/portal');
    const { container } = render(<PortalApp language="en" />);
    const english = templates.find((t) => t.dataset.lang === 'en' && t.dataset.path === '/portal')!;
    expect(rendered(english.innerHTML)).toBe(rendered(container.innerHTML));
    expect(english.dataset.title).toBe(document.title);
  });

  it('holds a first screen for each page in each language: its heading and title as the page sets them', () => {
    const headings: Record<string, string> = {
      '/portal/submit': 'submit.heading',
      '/portal/track': 'track.heading',
      '/portal/track/result': 'result.heading',
      '/portal/reception': 'reception.heading',
    };
    const seen: string[] = [];
    for (const lang of ['zh-CN', 'en'] as PortalLanguage[]) {
      const t = translator(RESOURCES[lang]);
      for (const [pagePath, key] of Object.entries(headings)) {
        const screen = templates.find((s) => s.dataset.lang === lang && s.dataset.path === pagePath)!;
        expect(rendered(screen.innerHTML)).toBe(`<h1 tabindex="-1">${t(key)}</h1><p role="status">${t('loadingPage')}</p>`);
        expect(screen.dataset.title).toBe(`${t(key)} - ${t('title')}`);
        seen.push(`${lang} ${pagePath}`);
      }
    }
    expect(templates).toHaveLength(seen.length + 1);
  });
});
