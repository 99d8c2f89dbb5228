import type { APIRequestContext } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { staffApi, type Json } from '../api';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';
import { InboxPage } from '../pages/WorkflowPage';

describe('待办 by urgency', () => {
  const b = useBrowser();
  const contexts: APIRequestContext[] = [];
  afterAll(async () => {
    for (const c of contexts) await c.dispose();
  });

  it(
    'lists a section overdue first, then soonest due; a fresh petition comes before older ones due later; the count is every row',
    { timeout: 120_000 },
    async () => {
      const registrar = await staffApi(b.baseUrl, 'registrar');
      contexts.push(registrar.api);
      // One received a month ago (its clock has run out) and one today (15 days to decide).
      const matter = (title: string, receivedAt = new Date()) => ({
        title,
        content: `${title}，请有关部门尽快处理。`,
        receivedAt: receivedAt.toISOString(),
        petitioners: [{ kind: 'person', name: '邢玉兰', phone: '13812340071', isMain: true }],
      });
      const older = await registrar.register(matter('东城街道路灯长期不亮', new Date(Date.now() - 30 * 86_400_000)));
      const fresh = await registrar.register(matter('城关街道积水点排水不畅'));

      // The whole section as the API pages it: the browser must show the same rows in the same order.
      const all: Json[] = [];
      let cursor: string | null = null;
      do {
        const page: Json = await registrar.get(`/api/inbox/route?limit=200${cursor ? `&cursor=${cursor}` : ''}`);
        all.push(...(page.items as Json[]));
        cursor = page.nextCursor as string | null;
      } while (cursor);
      const due = (p: Json) => (p.deadline ? Date.parse(p.deadline.dueAt as string) : Infinity);

      await new LoginPage(b.page).goto();
      await new LoginPage(b.page).login('registrar', DEMO_PASSWORD);
      await new Layout(b.page).waitForWorkbench('李秀英');
      await b.page.goto('/inbox?tab=route');
      const inbox = new InboxPage(b.page);
      await inbox.waitForLoaded();
      const rows = await inbox.loadAll('route');

      expect(rows.map((r) => r.number)).toEqual(all.map((p) => p.number));
      expect(await inbox.tabCount('route')).toBe(rows.length);
      expect(new Set(rows.map((r) => r.number)).size).toBe(rows.length);
      // Overdue first, each row due no later than the next; the fresh petition (15 days to decide) is before the one
      // received a month ago (whose clock started then and has run out).
      const firstNotOverdue = rows.findIndex((r) => r.grade !== '已超期');
      expect(rows.slice(firstNotOverdue).some((r) => r.grade === '已超期')).toBe(false);
      for (let i = 1; i < all.length; i++) expect(due(all[i - 1]!)).toBeLessThanOrEqual(due(all[i]!));
      const at = (n: string) => rows.findIndex((r) => r.number === n);
      expect(at(older.number as string)).toBeGreaterThanOrEqual(0);
      expect(at(older.number as string)).toBeLessThan(at(fresh.number as string));
      const later = all.filter((p) => due(p) > due(all[at(fresh.number as string)]!)).map((p) => at(p.number as string));
      expect(later.every((i) => i > at(fresh.number as string))).toBe(true);
    },
  );
});
