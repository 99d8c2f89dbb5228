import { afterAll, describe, expect, it } from 'vitest';
import { staffApi, type Json } from '../api';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { seriousViolations } from '../axe';
import { InboxPage } from '../pages/WorkflowPage';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';
import { PortalBookingPage } from '../pages/PortalBookingPage';
import { ReceptionDeskPage, ReceptionPage } from '../pages/ReceptionPage';
import { ReceptionRecordsPage } from '../pages/ReceptionRecordsPage';

const HOUSING = '临朐县住房和城乡建设局';
const PLACE = '县住建局接待室';
/** The China date `days` after now, YYYY-MM-DD. */
const chinaDay = (days: number) => new Date(Date.now() + (8 + 24 * days) * 3_600_000).toISOString().slice(0, 10);
/** The quarter after the current one in China time: the plan page's first choice. */
function nextQuarter() {
  const [year, month] = chinaDay(0).split('-').map(Number) as [number, number];
  const next = Math.ceil(month / 3) + 1;
  return next > 4 ? { year: year + 1, quarter: 1 } : { year, quarter: next };
}

// The server is shared by all test files: this one adds a reception place to the housing bureau and publishes its
// plan for the coming quarter (the county's is reception.test.ts's, the housing bureau's quarter after is
// reception-booking.test.ts's), books the plan's first slot from a phone and records that reception, whose matter
// becomes a petition assigned to the housing bureau.
describe('a reception day from plan to petition', () => {
  const b = useBrowser();
  let admin: Awaited<ReturnType<typeof staffApi>>;
  afterAll(async () => admin?.api.dispose());

  it(
    'publish → a booking from the phone portal → the reception recorded from that booking → the petition with the 批示 in the inbox',
    { timeout: 180_000 },
    async () => {
      admin = await staffApi(b.baseUrl, 'admin');
      const housing = ((await admin.get('/api/orgs/directory')).items as Json[]).find((o) => o.name === HOUSING)!;
      const placed = await admin.api.post('/api/reception/places', {
        headers: { 'x-csrf-token': admin.csrf },
        data: { orgId: housing.id, name: PLACE, address: '临朐县文化路 6 号', hours: '每周三 8:30—12:00', accessibility: '一楼' },
      });
      expect(placed.status(), await placed.text()).toBe(201);

      // The petition bureau publishes the housing bureau's coming quarter.
      const login = new LoginPage(b.page);
      const layout = new Layout(b.page);
      await login.goto();
      await login.login('admin', DEMO_PASSWORD);
      await layout.waitForWorkbench('王建国');
      await layout.open('领导接访日');
      const plan = new ReceptionPage(b.page);
      await plan.chooseBody(HOUSING);
      await plan.generate();
      await plan.publish();
      await layout.logout();
      const q = nextQuarter();
      const published = (await admin.get(`/api/reception/plans?orgId=${housing.id}&year=${q.year}&quarter=${q.quarter}`)).plan;
      const slot = published.slots[0] as { date: string; startTime: string; endTime: string };

      // A resident books its first slot on a phone; the portal page solves its proof of work itself.
      const matter = '西关社区 3 号楼入冬以来室温长期低于 16 度，多次向供热公司反映未解决。';
      const phone = await b.browser.newContext({
        baseURL: b.baseUrl,
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      });
      let booked: { number: string; code: string };
      try {
        const page = await phone.newPage();
        const portal = new PortalBookingPage(page);
        await portal.openSchedule(housing.id);
        await portal.choose((await portal.slots()).findIndex((s) => s.includes(slot.date)));
        booked = await portal.book({ name: '韩桂兰', phone: '13812340019', matter, partySize: 1 });
        expect(await portal.details()).toContain(slot.date);
      } finally {
        await phone.close();
      }

      // The bureau's registrar records the reception on that slot, choosing the booking: its visitor and matter filled in.
      await login.login('registrar', DEMO_PASSWORD);
      await layout.waitForWorkbench('李秀英');
      await b.page.goto('/reception');
      const records = new ReceptionRecordsPage(b.page);
      await records.open();
      await records.openOnSlot(`${slot.date} ${slot.startTime}—${slot.endTime} ${HOUSING} ${PLACE}`);
      // The phone stays masked on the form: the server takes the booking's own.
      expect(await records.chooseArrival('韩桂兰')).toEqual({ name: '韩桂兰', phone: '138****0019', raised: matter });
      expect(await seriousViolations(b.page)).toEqual([]);
      const instruction = '请县住建局十日内核实供暖问题并答复来访人。';
      const number = await records.saveWithMatter('370724198001010016', {
        title: '西关社区供暖温度不达标',
        content: matter,
        org: HOUSING,
        dueDate: chinaDay(10),
        instruction,
      });
      const row = records.rows.filter({ hasText: number });
      await row.waitFor();
      expect(await row.innerText()).toMatch(/孙立新[\s\S]*西关社区供暖温度不达标：交办/);
      expect(await seriousViolations(b.page)).toEqual([]);

      // 更正 on the version shown: corrected meanwhile by someone else, the save is refused in words.
      const correction = await records.openCorrection(number);
      expect(await correction.getByLabel('地点', { exact: true }).inputValue()).toBe(PLACE);
      expect(await seriousViolations(b.page)).toEqual([]);
      const registrar = await staffApi(b.baseUrl, 'registrar');
      try {
        const mine = ((await registrar.get('/api/reception/records')).items as Json[]).find((r) =>
          (r.matters as Json[]).some((m) => m.petition.number === number),
        )!;
        const meanwhile = await registrar.api.put(`/api/reception/records/${mine.id}`, {
          headers: { 'x-csrf-token': registrar.csrf },
          data: {
            version: mine.version,
            place: `${PLACE}（二楼）`,
            visitors: [{ name: '韩桂兰', idType: 'id_card', idNumber: '370724198001010016', phone: '13812340019' }],
            raised: matter,
          },
        });
        expect(meanwhile.status(), await meanwhile.text()).toBe(200);
      } finally {
        await registrar.api.dispose();
      }
      await correction.getByLabel('反映的问题', { exact: true }).fill(`${matter}另反映楼道照明损坏。`);
      expect(await records.saveCorrection(correction)).toBe('该接访记录已被他人更正，请关闭后重新打开，核对后再更正。');
      await b.page.keyboard.press('Escape');
      await correction.waitFor({ state: 'hidden' });
      // Opened again it shows the record as it now is; the visitor kept as shown (masked) stays as recorded.
      const again = await records.openCorrection(number);
      expect(await again.getByLabel('地点', { exact: true }).inputValue()).toBe(`${PLACE}（二楼）`);
      expect(await again.getByLabel('联系电话', { exact: true }).inputValue()).toBe('138****0019');
      await again.getByLabel('反映的问题', { exact: true }).fill(`${matter}另反映楼道照明损坏。`);
      expect(await records.saveCorrection(again)).toBe('接访记录已更正。');
      await again.waitFor({ state: 'hidden' });
      expect(await records.rows.filter({ hasText: number }).innerText()).toContain(`${PLACE}（二楼）`);

      // The desk's day: the booking checked in by the record, and the record it is on.
      const desk = new ReceptionDeskPage(b.page);
      await desk.open(HOUSING, slot.date);
      expect(await (await desk.booking(booked.number)).innerText()).toMatch(/韩桂兰[\s\S]*已到访[\s\S]*接访记录 #\d+/);
      const shown = await desk.openRecord(booked.number);
      expect(await shown.innerText()).toMatch(/韩桂兰[\s\S]*西关社区供暖温度不达标：交办/);
      expect(await seriousViolations(b.page)).toEqual([]);
      await b.page.keyboard.press('Escape');
      await shown.waitFor({ state: 'hidden' });
      await layout.logout();

      // The housing bureau's handler: the new petition awaits signing for, and the director's 批示 awaits reading.
      await login.login('handler', DEMO_PASSWORD);
      await layout.waitForWorkbench('张伟');
      await b.page.goto('/inbox');
      const inbox = new InboxPage(b.page);
      await inbox.waitForLoaded();
      await inbox.row('receive', number);
      expect(await (await inbox.row('instruction', number)).innerText()).toContain(instruction);
      await layout.logout();

      // The director: the matter raised at their reception, with its state, in 我的日程.
      await login.login('director', DEMO_PASSWORD);
      await layout.waitForWorkbench('孙立新');
      await b.page.goto('/my-calendar');
      const matters = b.page.getByTestId('calendar-matters');
      await matters.getByText(number).waitFor();
      expect(await matters.innerText()).toMatch(/西关社区供暖温度不达标[\s\S]*领导接访/);
      expect(await seriousViolations(b.page)).toEqual([]);
    },
  );
});
