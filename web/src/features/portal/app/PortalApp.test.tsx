import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PortalApp } from './PortalApp';

// Whitespace as the browser renders it: runs of it are one space, none at the edges of an element's content.
const rendered = (html: string) => html.replace(/\s+/g, ' ').replace(/> /g, '>').replace(/ </g, '<').trim();

describe('portal.html', () => {
  it('paints the home page exactly as the app renders it, so the app takes over without a change on screen', () => {
    window.history.replaceState(null, '', '/portal');
    const { container } = render(<PortalApp language="zh-CN" />);
    const page = new DOMParser().parseFromString(readFileSync(path.join(process.cwd(), 'portal.html'), 'utf8'), 'text/html');
    expect(rendered(page.getElementById('root')!.innerHTML)).toBe(rendered(container.innerHTML));
    expect(page.title).toBe(document.title);
  });
});
