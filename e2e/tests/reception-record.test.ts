import { afterAll, describe, expect, it } from 'vitest';
import { staffApi, type Json } from '../api';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { seriousViolations } from '../axe';
import { InboxPage } from '../pages/WorkflowPage';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';
import { ReceptionPage } from '../pages/ReceptionPage';
import { ReceptionRecordsPage } from '../pages/ReceptionRecordsPage';

const HOUSING = '临朐县住房和城乡建设局';
/** The China date `days` after now, YYYY-MM-DD. */
const chinaDay = (days: number) => new Date(Date.now() + (8 + 24 * days) * 3_600_000).toISOString().slice(0, 10);

// The server is shared by all test files: this one adds a reception place to the housing bureau, publishes its plan
// for the coming quarter (the county's is reception.test.ts's), and records one reception whose matter becomes a
// petition assigned to the housing bureau.
describe('a reception record', () => {
  const b = useBrowser();
  let admin: Awaited<ReturnType<typeof staffApi>>;
  afterAll(async () => admin?.api.dispose());

  it(
    'on a published slot, with an assigned matter, reaches the handling body’s inbox with the leader’s 批示',
    { timeout: 120_000 },
    async () => {
      admin = await staffApi(b.baseUrl, 'admin');
      const housing = ((await admin.get('/api/orgs/directory')).items as Json[]).find((o) => o.name === HOUSING)!;
      const placed = await admin.api.post('/api/reception/places', {
        headers: { 'x-csrf-token': admin.csrf },
        data: {
          orgId: housing.id,
          name: '县住建局接待室',
          address: '临朐县文化路 6 号',
          hours: '每周三 8:30—12:00',
          accessibility: '一楼',
        },
      });
      expect(placed.status(), await placed.text()).toBe(201);

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

      // The bureau's registrar records the reception of the housing bureau's director on its first slot.
      await login.login('registrar', DEMO_PASSWORD);
      await layout.waitForWorkbench('李秀英');
      await b.page.goto('/reception');
      const records = new ReceptionRecordsPage(b.page);
      await records.open();
      expect(await seriousViolations(b.page)).toEqual([]);
      const instruction = '请县住建局十日内核实供暖问题并答复来访人。';
      const number = await records.recordOnFirstSlot(
        { name: '韩桂兰', idNumber: '370724198001010016', phone: '13812340019' },
        '反映西关社区冬季供暖温度不达标。',
        {
          title: '西关社区供暖温度不达标',
          content: '西关社区 3 号楼入冬以来室温长期低于 16 度，多次向供热公司反映未解决。',
          org: HOUSING,
          dueDate: chinaDay(10),
          instruction,
        },
      );
      const row = records.rows.filter({ hasText: number });
      await row.waitFor();
      expect(await row.innerText()).toMatch(/孙立新[\s\S]*西关社区供暖温度不达标：交办/);
      expect(await seriousViolations(b.page)).toEqual([]);
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
