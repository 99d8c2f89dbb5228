/**
 * npm run bench:web [-- --json] [-- --runs N] [-- --strict] [-- --only portal-home,staff-worklist] [-- --url URL]:
 * the web app's first load as a phone or an office PC on a slow link sees it. Builds what `npm start` builds, starts
 * the server as `npm start` runs it on a fresh data folder with the demo bodies and accounts (and 60 petitions
 * registered through the API), then, for each network profile,
 * opens each page in a fresh browser context (cold cache) of Debian's Chromium with the network throttled
 * (`Network.emulateNetworkConditions`) and the CPU slowed four times (`Emulation.setCPUThrottlingRate`), and
 * measures what was transferred before the first contentful paint and in all, the first contentful paint, and the
 * time to interactive (definitions: docs/PERFORMANCE.md § Web). Prints the medians of N runs (default 3) as a table,
 * with --json one JSON object as the last line; with --strict exits 1 when a target is missed. --url measures a
 * server already running (the result page then needs a matter's number and query code: --track NUMBER:CODE).
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../e2e/chromium.js';
import { buildLikeNpmStart, ServerProcess, Session } from './server.js';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    profiles: { type: 'string', default: 'slow4g,rural' },
    url: { type: 'string' },
    track: { type: 'string' },
  },
});

/** A network as Chromium's throttling emulates it: bytes per second each way, and the added round-trip time. */
interface Profile {
  name: string;
  downloadThroughput: number;
  uploadThroughput: number;
  latency: number;
}
const PROFILES: Profile[] = [
  // DevTools' "Slow 4G" preset (devtools-frontend, front_end/core/sdk/NetworkManager.ts, Slow4GConditions: 1.6 Mbit/s
  // down and 750 kbit/s up, each × 0.9, RTT 150 ms × 3.75; it was called "Fast 3G" until May 2024).
  { name: 'slow4g', downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9, uploadThroughput: ((750 * 1000) / 8) * 0.9, latency: 562.5 },
  // A rural link: 40 KB/s down, 20 KB/s up, 800 ms.
  { name: 'rural', downloadThroughput: 40 * 1000, uploadThroughput: 20 * 1000, latency: 800 },
];
const CPU_SLOWDOWN = 4;

interface Target {
  name: string;
  /** Where the browser goes. */
  path: string;
  /** What must be visible for the page to count as usable. */
  ready: string;
  /** Signed in as the demo registrar before the page loads (the session cookie only: the HTTP cache stays cold). */
  staff?: boolean;
  /** The portal's result page: the matter looked up through the API first, its token in the tab's storage. */
  tracked?: boolean;
}
const TARGETS: Target[] = [
  { name: 'portal-home', path: '/portal', ready: 'h1' },
  { name: 'portal-submit', path: '/portal/submit', ready: 'form' },
  { name: 'portal-result', path: '/portal/track/result', ready: 'dl', tracked: true },
  { name: 'staff-login', path: '/login', ready: 'button[type=submit]' },
  { name: 'staff-worklist', path: '/petitions', ready: '[data-testid="petition-list"] tbody tr[data-row-key]', staff: true },
];

/** The targets: what is checked, on which page and profile, and the bound. */
const TARGETS_MET: { page: string; profile: string; figure: keyof Figures; max: number }[] = [
  { page: 'portal-home', profile: 'slow4g', figure: 'bytesBeforeFcp', max: 100 * 1024 },
  { page: 'portal-home', profile: 'rural', figure: 'bytesBeforeFcp', max: 100 * 1024 },
  { page: 'portal-home', profile: 'slow4g', figure: 'fcpMs', max: 2500 },
  { page: 'portal-home', profile: 'rural', figure: 'fcpMs', max: 6000 },
  { page: 'staff-worklist', profile: 'slow4g', figure: 'ttiMs', max: 4000 },
];

interface Figures {
  bytesBeforeFcp: number;
  bytesTotal: number;
  fcpMs: number;
  ttiMs: number;
}

const DEMO_PASSWORD = 'Xinfang@2026';
/** A window this long without a long task (and without network) ends the wait for interactive. */
const QUIET_MS = 1000;

// Installed before any page script: the first contentful paint and every long task (> 50 ms), on the page's clock.
const OBSERVE = `(() => {
  const w = window;
  w.__bench = { fcp: null, longTasks: [], ready: null };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') w.__bench.fcp = e.startTime; })
    .observe({ type: 'paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__bench.longTasks.push(e.startTime + e.duration); })
    .observe({ type: 'longtask', buffered: true });
})();`;

interface PageState {
  fcp: number | null;
  longTasks: number[];
  ready: number | null;
}

async function measure(browser: Browser, base: string, target: Target, profile: Profile, token: string | undefined): Promise<Figures> {
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1366, height: 768 } });
  try {
    if (target.staff) {
      const res = await context.request.post('/api/auth/login', { data: { username: 'registrar', password: DEMO_PASSWORD } });
      if (res.status() !== 200) throw new Error(`login: ${res.status()} ${await res.text()}`);
    }
    await context.addInitScript(OBSERVE);
    if (token) await context.addInitScript(`sessionStorage.setItem('xf.portal.token', ${JSON.stringify(token)})`);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      downloadThroughput: profile.downloadThroughput,
      uploadThroughput: profile.uploadThroughput,
      latency: profile.latency,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(target.path, { waitUntil: 'commit', timeout: 180_000 });
    // The moment the key element is first visible, on the page's clock (checked every frame).
    await page.waitForFunction(
      (selector) => {
        const w = window as unknown as { __bench: PageState };
        const el = document.querySelector(selector);
        const visible = !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
        if (visible) w.__bench.ready ??= performance.now();
        return visible;
      },
      target.ready,
      { polling: 'raf', timeout: 180_000 },
    );
    await page.waitForLoadState('networkidle', { timeout: 180_000 });
    // Then until a quiet window without long tasks.
    for (;;) {
      const { longTasks } = await state(page);
      const now = await page.evaluate(() => performance.now());
      if (now - Math.max(0, ...longTasks) >= QUIET_MS) break;
      await page.waitForTimeout(200);
    }
    const s = await state(page);
    if (s.fcp === null || s.ready === null) throw new Error(`${target.name}: no first contentful paint`);
    const { before, total } = await page.evaluate((fcp) => {
      const entries = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ] as PerformanceResourceTiming[];
      return {
        before: entries.filter((e) => e.responseEnd <= fcp).reduce((n, e) => n + e.transferSize, 0),
        total: entries.reduce((n, e) => n + e.transferSize, 0),
      };
    }, s.fcp);
    return {
      bytesBeforeFcp: before,
      bytesTotal: total,
      fcpMs: s.fcp,
      ttiMs: Math.max(s.fcp, s.ready, ...s.longTasks),
    };
  } finally {
    await context.close();
  }
}

const state = (page: Page) => page.evaluate(() => (window as unknown as { __bench: PageState }).__bench);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * The work list's rows and the portal's tracked matter: petitions registered through the API as the demo registrar
 * (the demo's own 600 are left out: their year of history keeps the server busy for minutes after the start).
 */
async function registerPetitions(base: string, n: number): Promise<{ number: string; code: string }> {
  const registrar = await Session.login(base, 'registrar', DEMO_PASSWORD);
  let first: { number: string; code: string } | undefined;
  for (let i = 0; i < n; i++) {
    const res = await registrar.post<{ petition: { number: string }; queryCode: string }>('/api/petitions', {
      channel: 'phone',
      receivedAt: new Date(Date.now() - (n - i) * 60_000).toISOString(),
      type: 'appeal',
      title: `反映小区物业违规收取停车费问题（${i + 1}）`,
      content: '我们小区的物业公司未经业主大会同意，占用公共道路划线收取停车费，请有关部门调查处理。',
      personsCount: 1,
      petitioners: [{ name: '王建华', phone: '13812345678' }],
    });
    if (res.status !== 201) throw new Error(`registration: ${res.status} ${JSON.stringify(res.body)}`);
    first ??= { number: res.body.petition.number, code: res.body.queryCode };
  }
  return first!;
}

async function portalToken(base: string, tracking: { number: string; code: string }): Promise<string> {
  const res = await fetch(`${base}/api/public/track`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ number: tracking.number, queryCode: tracking.code }),
  });
  if (res.status !== 200) throw new Error(`track: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

const print = (line: string) => console.log(line);
const only = values.only ? new Set(values.only.split(',')) : undefined;
const targets = TARGETS.filter((t) => !only || only.has(t.name));
const profiles = PROFILES.filter((p) => values.profiles.split(',').includes(p.name));
const runs = Number(values.runs);

let server: ServerProcess | undefined;
let dataDir: string | undefined;
let browser: Browser | undefined;
try {
  let base = values.url;
  let tracking: { number: string; code: string } | undefined;
  if (values.track) {
    const [number, code] = values.track.split(':');
    tracking = { number: number!, code: code! };
  }
  if (!base) {
    buildLikeNpmStart();
    dataDir = mkdtempSync(path.join(tmpdir(), 'xinfang-bench-web-'));
    chmodSync(dataDir, 0o755); // the cluster may run as another user when started as root
    server = await ServerProcess.start({ DATA_DIR: dataDir, DATABASE_URL: '', DEMO_DATA: 'true', DEMO_PETITIONS: 'false' }, print);
    base = server.url;
    tracking = await registerPetitions(base, 60);
  }
  browser = await chromium.launch(chromiumLaunchOptions);
  const results: Record<string, Record<string, Figures>> = {};
  for (const profile of profiles) {
    for (const target of targets) {
      const samples: Figures[] = [];
      for (let i = 0; i < runs; i++) {
        if (target.tracked && !tracking) throw new Error('the result page needs --track NUMBER:CODE with --url');
        // A fresh token per run: the result page as a petitioner reopens it (tokens are short-lived).
        const token = target.tracked ? await portalToken(base, tracking!) : undefined;
        samples.push(await measure(browser, base, target, profile, token));
      }
      const figures: Figures = {
        bytesBeforeFcp: median(samples.map((s) => s.bytesBeforeFcp)),
        bytesTotal: median(samples.map((s) => s.bytesTotal)),
        fcpMs: median(samples.map((s) => s.fcpMs)),
        ttiMs: median(samples.map((s) => s.ttiMs)),
      };
      (results[target.name] ??= {})[profile.name] = figures;
      print(
        `${profile.name.padEnd(7)} ${target.name.padEnd(15)} before FCP ${kb(figures.bytesBeforeFcp).padStart(9)}  total ${kb(figures.bytesTotal).padStart(9)}  FCP ${s(figures.fcpMs).padStart(7)}  TTI ${s(figures.ttiMs).padStart(7)}`,
      );
    }
  }
  const misses = TARGETS_MET.filter((m) => results[m.page]?.[m.profile] !== undefined && results[m.page]![m.profile]![m.figure] > m.max);
  for (const m of TARGETS_MET) {
    const value = results[m.page]?.[m.profile]?.[m.figure];
    if (value === undefined) continue;
    const shown = m.figure.startsWith('bytes') ? `${kb(value)} ≤ ${kb(m.max)}` : `${s(value)} < ${s(m.max)}`;
    print(`target ${m.page} ${m.profile} ${m.figure}: ${shown} ${value > m.max ? 'MISSED' : 'met'}`);
  }
  if (values.json)
    print(
      JSON.stringify({
        cpuSlowdown: CPU_SLOWDOWN,
        runs,
        profiles,
        results,
        missed: misses.map((m) => `${m.page} ${m.profile} ${m.figure}`),
      }),
    );
  if (values.strict && misses.length) process.exitCode = 1;
} finally {
  await browser?.close();
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

function kb(bytes: number) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
function s(msValue: number) {
  return `${(msValue / 1000).toFixed(2)} s`;
}
