import { afterAll, describe, expect, it } from 'vitest';
import { staffApi } from '../api';
import { seriousViolations } from '../axe';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';
import { PortalBookingPage } from '../pages/PortalBookingPage';
import { ReceptionDeskPage } from '../pages/ReceptionPage';

const BODY = '临朐县住房和城乡建设局';

// The server is shared by all test files: this one adds a reception place to the county housing bureau, publishes its
// plan for the coming quarter and books one place in it; nothing else reads them.
describe('约访: booking from the phone portal, seen at the reception desk', () => {
  const b = useBrowser();
  let admin: Awaited<ReturnType<typeof staffApi>>;
  let supervisor: Awaited<ReturnType<typeof staffApi>>;
  afterAll(async () => {
    await admin?.api.dispose();
    await supervisor?.api.dispose();
  });

  it('a visitor books a published slot on a phone and gets a code; the desk sees the booking and its check-in rule', async () => {
    admin = await staffApi(b.baseUrl, 'admin');
    supervisor = await staffApi(b.baseUrl, 'supervisor');
    const { items } = (await admin.get('/api/orgs/directory')) as { items: { id: number; name: string }[] };
    const orgId = items.find((o) => o.name === BODY)!.id;
    const post = async (who: typeof admin, url: string, data: object) => {
      const r = await who.api.post(url, { headers: { 'x-csrf-token': who.csrf }, data });
      expect(r.status(), await r.text()).toBeLessThan(300);
      return (await r.json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    };
    const { place } = await post(admin, '/api/reception/places', {
      orgId,
      name: '住建局接待室',
      address: '临朐县民主路 8 号',
      hours: '工作日 8:30—12:00',
      mapUrl: 'https://map.example/lqzjj',
    });
    // The quarter after next in China time, the second a plan may be made for: the next one of this body is the
    // reception records' test's (the server is shared by all test files).
    const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' })
      .format(new Date())
      .split('-')
      .map(Number) as [number, number];
    const after = Math.ceil(month / 3) + 2;
    const coming = after > 4 ? { year: year + 1, quarter: after - 4 } : { year, quarter: after };
    const { plan } = await post(supervisor, '/api/reception/plans/generate', { orgId, ...coming, placeId: place.id });
    await post(supervisor, `/api/reception/plans/${plan.id}/publish`, { confirmViolations: true, reason: null });
    const first = plan.slots[0] as { date: string };

    const phone = await b.browser.newContext({ baseURL: b.baseUrl, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    let booked: { number: string; code: string };
    try {
      const page = await phone.newPage();
      const portal = new PortalBookingPage(page);
      await portal.openSchedule(orgId);
      // The plan's first slot (the body's earlier quarter may be published too, by another file).
      const index = (await portal.slots()).findIndex((s) => s.includes(first.date));
      expect((await portal.slots())[index]).toMatch(/剩余名额：10 预约这次接访$/);
      await portal.choose(index);
      await page.getByText('预约不是来访的前提', { exact: false }).first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      // A group of six is told to send representatives, before anything is sent.
      await page.getByLabel('姓名').fill('赵玉梅');
      await page.getByLabel('手机号码').fill('13912340001');
      await page.getByLabel('要反映的事项').fill('小区外墙脱落，物业维修资金申请迟迟没有答复。');
      await page.getByLabel('来访人数').fill('6');
      await page.getByRole('button', { name: '确认预约' }).click();
      expect(await portal.errors()).toEqual(['多人来访的，请推选不超过 5 名代表（《信访工作条例》第十八条）']);
      booked = await portal.book({
        name: '赵玉梅',
        phone: '13912340001',
        matter: '小区外墙脱落，物业维修资金申请迟迟没有答复。',
        partySize: 2,
      });
      expect(booked.number).toMatch(/^YY[A-Z2-9]{8}$/);
      expect(booked.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      const details = await portal.details();
      expect(details).toContain(first.date);
      expect(details).toContain('住建局接待室，临朐县民主路 8 号');
      await page.getByText('预约码只显示这一次', { exact: false }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      // The schedule now counts the place as taken.
      await portal.openSchedule(orgId);
      expect((await portal.slots())[index]).toMatch(/剩余名额：9 预约这次接访$/);
      // The visitor's own page: the booking by number and code, with cancel and move.
      await page.getByRole('link', { name: '已预约？查看、改约或取消' }).click();
      expect(await portal.find(booked.number, booked.code)).toContain('已预约');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await phone.close();
    }

    const login = new LoginPage(b.page);
    const layout = new Layout(b.page);
    await login.goto();
    await login.login('registrar', DEMO_PASSWORD);
    await layout.waitForWorkbench('李秀英');
    await layout.open('领导接访日');
    await b.page.waitForURL('**/reception');
    const desk = new ReceptionDeskPage(b.page);
    await desk.open(BODY, first.date);
    const row = await desk.booking(booked.number);
    expect(await row.innerText()).toMatch(/赵玉梅\s+139\*\*\*\*0001\s+(查看完整号码\s+)?2\s+小区外墙脱落/);
    expect(await seriousViolations(b.page)).toEqual([]);
    // The slot lies in the coming quarter: check-in waits for its day, and the desk says so.
    expect(await desk.checkIn(booked.number)).toContain('只能在接访当天登记到访');
  });
});
