import type { FastifyRequest } from 'fastify';

/** The portal's language, as its script keeps it (the choice is mirrored into this cookie by the web's client). */
export const LANGUAGE_COOKIE = 'xf_lang';
type PortalLanguage = 'zh-CN' | 'en';

/** The language the portal's script will pick: the one chosen (cookie), else Chinese, as the portal opens. */
export function portalLanguageOf(request: FastifyRequest): PortalLanguage {
  return request.cookies[LANGUAGE_COOKIE] === 'en' ? 'en' : 'zh-CN';
}

interface Screen {
  lang: string;
  path: string;
  title: string;
  html: string;
}

const TEMPLATE = /<template\s+data-lang="([^"]+)"\s+data-path="([^"]+)"\s+data-title="([^"]+)"\s*>([\s\S]*?)<\/template\s*>\s*/g;
const between = (name: string) => new RegExp(`<!--${name}-->[\\s\\S]*?<!--/${name}-->`);
const FRAME = between('frame');
const PAGE = between('page');

/**
 * portal.html as a deep link needs it, so the first paint (before the script, or without it) is the page asked for,
 * in the language the script will show. portal.html carries the Chinese home page in #root and the other first
 * screens in templates: the English frame (whose home is its own) and, per page and language, what <main> shows
 * until the page's script arrives (its heading). The chosen one goes into #root, with the document's title, its
 * language and the menu's current link; no template is sent. A page without its own (an unknown address) keeps
 * the home page.
 */
export function portalFirstScreen(html: string, urlPath: string, lang: PortalLanguage): string {
  const screens: Screen[] = [...html.matchAll(TEMPLATE)].map(([, l, p, title, inner]) => ({
    lang: l!,
    path: p!,
    title: title!,
    html: inner!,
  }));
  let page = html.replace(TEMPLATE, '').replace(/<!--\s*The other first screens[\s\S]*?-->\s*/, '');
  const path = urlPath.replace(/[?#].*$/, '').replace(/\/+$/, '');
  const frame = screens.find((s) => s.lang === lang && s.path === '/portal');
  if (frame)
    page = page
      .replace(FRAME, () => `<!--frame-->${frame.html}<!--/frame-->`)
      .replace(/<title>[^<]*<\/title>/, `<title>${frame.title}</title>`);
  // The page's own screen, or for an address below a page (a body's schedule under /portal/reception) that page's.
  const screen = screens
    .filter((s) => s.lang === lang && s.path !== '/portal' && (path === s.path || path.startsWith(s.path + '/')))
    .sort((a, b) => b.path.length - a.path.length)[0];
  if (screen) {
    const current = screen.path.startsWith('/portal/track') ? '/portal/track' : screen.path;
    page = page
      .replace(PAGE, () => `<!--page-->${screen.html}<!--/page-->`)
      .replace(/<title>[^<]*<\/title>/, `<title>${screen.title}</title>`)
      .replace(' aria-current="page"', '')
      .replace(`<li><a href="${current}">`, `<li><a href="${current}" aria-current="page">`);
  }
  return page.replace(/<html lang="[^"]*"/, `<html lang="${lang}"`);
}
