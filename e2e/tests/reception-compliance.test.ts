import { afterAll, describe, expect, it } from 'vitest';
import { staffApi, type Json } from '../api';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { seriousViolations } from '../axe';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';
import { ReceptionCompliancePage } from '../pages/ReceptionCompliancePage';

const COUNTY = '临朐县人民政府';
const HOUSING = '临朐县住房和城乡建设局';
/** The China date `days` after now, YYYY-MM-DD. */
const chinaDay = (days: number) => new Date(Date.now() + (8 + 24 * days) * 3_600_000).toISOString().slice(0, 10);

// The server is shared by all test files: this one records, through the API, a reception the county leader held a
// minute ago (in the current two months, whatever the plans of the other files), with one matter assigned.
describe('the compliance report', () => {
  const b = useBrowser();
  let registrar: Awaited<ReturnType<typeof staffApi>>;
  afterAll(async () => registrar?.api.dispose());

  it('shows the leader’s reception, drills to the matter’s petition, and downloads as Excel', { timeout: 120_000 }, async () => {
    registrar = await staffApi(b.baseUrl, 'registrar');
    const options = await registrar.get('/api/reception/records/options');
    const leader = (options.leaders as Json[]).find((l) => l.name === '陈志强')!;
    const housing = ((await registrar.get('/api/orgs/directory')).items as Json[]).find((o) => o.name === HOUSING)!;
    const saved = await registrar.api.post('/api/reception/records', {
      headers: { 'x-csrf-token': registrar.csrf },
      data: {
        kind: 'leader',
        heldAt: new Date(Date.now() - 60_000).toISOString(),
        place: '县信访接待中心',
        leaderIds: [leader.id],
        visitors: [{ name: '任秀梅', idType: 'id_card', idNumber: '370724198001010032', phone: '13812340023' }],
        raised: '反映东城社区道路积水问题。',
        matters: [
          {
            title: '东城社区道路积水',
            content: '东城社区主干道雨后积水严重，影响出行。',
            type: 'appeal',
            decision: 'assigned',
            instruction: '请县住建局十日内排查处理并答复。',
            orgId: housing.id,
            dueDate: chinaDay(10),
          },
        ],
      },
    });
    expect(saved.status(), await saved.text()).toBe(201);
    const number = ((await saved.json()) as Json).record.matters[0].petition.number as string;

    const login = new LoginPage(b.page);
    const layout = new Layout(b.page);
    await login.goto();
    await login.login('supervisor', DEMO_PASSWORD);
    await layout.waitForWorkbench('刘洋');
    await b.page.goto('/reception');
    const report = new ReceptionCompliancePage(b.page);
    await report.open(COUNTY);
    await report.row('接访计划执行情况', '陈志强').waitFor();
    expect(await report.row('反映事项办理情况', '陈志强').innerText()).toMatch(/陈志强\s+临朐县人民政府\s+[1-9]/);
    expect(await seriousViolations(b.page)).toEqual([]);

    const excel = await report.downloadExcel();
    expect(excel.suggestedFilename()).toMatch(/^临朐县人民政府\d{4}年\d+—\d+月领导接访工作情况通报\.xlsx$/);

    // 反映事项 of the leader: the work list of those petitions, this one among them.
    await report.drillMatters('陈志强', '反映事项');
    await b.page.getByTestId('kept-filter-reception').waitFor();
    await b.page.locator('main').getByRole('link', { name: number }).waitFor();
    expect(await seriousViolations(b.page)).toEqual([]);
  });
});
