import { afterAll, describe, expect, it } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { staffApi, type Json } from '../api';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';
import { ReceiptPage, RegistrationPage } from '../pages/RegistrationPage';
import { WorkflowPage } from '../pages/WorkflowPage';

// A resident ID number with a valid GB 11643 check digit, used by no other test.
const ID_NUMBER = '370724196503154328';
const HOUSING = '临朐县住房和城乡建设局';
const MATTER = {
  title: '反映城东片区房屋征收补偿标准过低问题',
  content: '本人位于城东片区的房屋被征收，补偿标准明显低于同地段市场价格，请求按市场价格重新评估补偿。',
};
const DECISION = {
  request: '请求按市场价格重新评估房屋征收补偿。',
  facts: '经调查，补偿标准系依据经公示的评估报告确定，程序合法。',
  reasons: '评估机构由被征收人协商选定，评估结果已依法送达。',
  basis: '《国有土地上房屋征收与补偿条例》第十九条。',
};
const chinaToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

describe('finality (条例 Art. 36)', () => {
  const b = useBrowser();
  const contexts: APIRequestContext[] = [];
  afterAll(async () => {
    for (const c of contexts) await c.dispose();
  });

  it(
    'a repeat registration about a final matter is recorded, its 受理 is refused, and the 不再受理告知书 is issued',
    { timeout: 180_000 },
    async () => {
      // 1. Staff (through the API) take a matter through handling, 复查 and 复核 until it is final.
      const registrar = await staffApi(b.baseUrl, 'registrar');
      const handler = await staffApi(b.baseUrl, 'handler');
      const county = await staffApi(b.baseUrl, 'reviewer');
      const city = await staffApi(b.baseUrl, 'cityreviewer');
      contexts.push(registrar.api, handler.api, county.api, city.api);
      const res = await registrar.api.post('/api/petitions', {
        headers: { 'x-csrf-token': registrar.csrf },
        data: {
          channel: 'visit',
          receivedAt: new Date().toISOString(),
          type: 'appeal',
          personsCount: 1,
          ...MATTER,
          petitioners: [{ kind: 'person', name: '韩守业', idNumber: ID_NUMBER, phone: '13812340088', isMain: true }],
        },
      });
      expect(res.status(), await res.text()).toBe(201);
      const final = ((await res.json()) as { petition: Json }).petition;
      const { items: bodies } = await registrar.get('/api/orgs/directory');
      const housingId = (bodies as Json[]).find((o) => o.name === HOUSING)!.id as number;
      const delivered = { method: 'in_person', result: 'signed', deliveredOn: chinaToday() };
      await registrar.act(final.id, 'assign', { toOrgId: housingId, requirements: '请依法处理并书面答复。' });
      await handler.act(final.id, 'receive');
      await handler.act(final.id, 'decide', { outcome: 'reject', ...DECISION });
      await handler.act(final.id, 'deliver', delivered);
      await handler.act(final.id, 'conclude', { report: '已出具处理意见并送达。' });
      await registrar.act(final.id, 'verify');
      await county.act(final.id, 'requestReview', { requestedOn: chinaToday(), reasons: '对处理意见不服。' });
      await county.act(final.id, 'decide', { outcome: 'uphold', ...DECISION });
      await county.act(final.id, 'deliver', delivered);
      await city.act(final.id, 'requestReexamination', { requestedOn: chinaToday(), reasons: '对复查意见不服。' });
      await city.act(final.id, 'decide', { outcome: 'uphold', ...DECISION });
      await city.act(final.id, 'deliver', delivered);
      expect((await registrar.get(`/api/petitions/${final.id}`)).petition.status).toBe('final');

      // 2. The same person comes again with the same matter: the registrar records the visit through the form.
      const layout = new Layout(b.page);
      const login = new LoginPage(b.page);
      await login.goto();
      await login.login('registrar', DEMO_PASSWORD);
      await layout.waitForWorkbench('李秀英');
      const form = new RegistrationPage(b.page);
      await layout.open('信访登记');
      await form.form.getByLabel('标题', { exact: true }).waitFor();
      await form.fillMatter(MATTER);
      await form.fillPetitioner(0, { name: '韩守业', idNumber: ID_NUMBER, phone: '13812340088' });
      await form.save();
      const number = await new ReceiptPage(b.page).number();
      await b.page.getByRole('button', { name: '返回' }).click();
      await b.page.getByTestId('petition-number').filter({ hasText: number }).waitFor();

      // 3. Recorded as the final matter's repeat; 受理, 转送 and 交办 are not offered, and the server refuses them.
      const detail = new WorkflowPage(b.page);
      await detail.waitForStatus('已登记');
      await b.page.getByTestId('petition-finality').filter({ hasText: '第三十六条' }).waitFor();
      expect(await detail.actions()).toEqual(['不予受理']);
      const repeat = ((await registrar.get(`/api/petitions?q=${number}`)).items as Json[]).find((p) => p.number === number)!;
      const { petition } = await registrar.get(`/api/petitions/${repeat.id}`);
      expect(petition.repeatOf).toMatchObject({ id: final.id });
      const refused = await registrar.api.post(`/api/petitions/${repeat.id}/actions/accept`, {
        headers: { 'x-csrf-token': registrar.csrf },
        data: { version: petition.version },
      });
      expect(refused.status()).toBe(409);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('matter_final');

      // 4. Declined without a statutory route: the 不再受理告知书 is issued.
      await detail.run('decline', '不予受理', async (d) => {
        await d.fill('不予受理理由', '信访人未提出新的事实和理由。');
      });
      await detail.waitForStatus('不予受理');
      await b.page.getByText('信访事项不再受理告知书').first().waitFor();
      const docs = (await registrar.get(`/api/petitions/${repeat.id}/documents`)).items as Json[];
      expect(docs.map((d) => d.kind)).toEqual(['receipt', 'final_notice']);
    },
  );
});
