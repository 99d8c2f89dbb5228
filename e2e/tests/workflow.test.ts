import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';
import { ReceiptPage, RegistrationPage } from '../pages/RegistrationPage';
import { InboxPage, WorkflowPage } from '../pages/WorkflowPage';

// A resident ID number with a valid GB 11643 check digit (37072419780612345 → 1).
const ID_NUMBER = '370724197806123451';
const HOUSING = '临朐县住房和城乡建设局';

/** Registers through the form opened from the menu; returns the number on the receipt. */
async function register(b: ReturnType<typeof useBrowser>, fill: (form: RegistrationPage) => Promise<void>): Promise<string> {
  const form = new RegistrationPage(b.page);
  await new Layout(b.page).open('信访登记');
  await form.form.getByLabel('标题', { exact: true }).waitFor();
  await fill(form);
  await form.save();
  return new ReceiptPage(b.page).number();
}

/** Signs in through the API with the page's cookies (no page load); returns the CSRF token the web app would send. */
async function apiSignIn(b: ReturnType<typeof useBrowser>, username: string): Promise<string> {
  const res = await b.page.request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  if (res.status() !== 200) throw new Error(`login refused: ${res.status()} ${await res.text()}`);
  return ((await res.json()) as { user: { csrfToken: string } }).user.csrfToken;
}

/** Registers an online accusation through the API with the page's session; returns its id. */
async function registerAccusation(
  b: ReturnType<typeof useBrowser>,
  csrfToken: string,
  m: { title: string; content: string; accusedOrg: string; petitioner: { name: string; phone: string } },
): Promise<number> {
  const req = b.page.request;
  const { items } = (await (await req.get('/api/orgs/directory')).json()) as { items: { id: number; name: string }[] };
  const accusedOrgId = items.find((o) => o.name === m.accusedOrg)?.id;
  const res = await req.post('/api/petitions', {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      channel: 'online',
      receivedAt: new Date().toISOString(),
      type: 'accusation',
      title: m.title,
      content: m.content,
      personsCount: 1,
      accusedOrgId,
      petitioners: [{ kind: 'person', ...m.petitioner, isMain: true }],
    },
  });
  if (res.status() !== 201) throw new Error(`registration refused: ${res.status()} ${await res.text()}`);
  return ((await res.json()) as { petition: { id: number } }).petition.id;
}

describe('handling workflow', () => {
  const b = useBrowser();

  // Four sign-ins and some twenty round trips: about 30 s even on a busy machine; the margin is for a busier one.
  it(
    'an assigned petition goes from the bureau to the housing bureau, is extended, answered, concluded and verified',
    { timeout: 120_000 },
    async () => {
      const layout = new Layout(b.page);
      const detail = new WorkflowPage(b.page);
      const inbox = new InboxPage(b.page);
      /** Signs out and, on the login page that follows, in as another user. */
      const switchTo = async (username: string, name: string) => {
        await layout.logout();
        await new LoginPage(b.page).login(username, DEMO_PASSWORD);
        await layout.waitForWorkbench(name);
      };

      /** Opens 待办事项 from the menu and the petition from a section. */
      const openFromInbox = async (section: string, number: string) => {
        await layout.open('待办事项');
        await inbox.waitForLoaded();
        await inbox.open(section, number);
      };

      // 1. The registrar (临朐县信访局) registers an accusation against the housing bureau (through the API).
      const accusation = await registerAccusation(b, await apiSignIn(b, 'registrar'), {
        title: '检举住建局工作人员违规审批商品房预售许可',
        content: '反映县住建局工作人员违规为不具备条件的楼盘审批预售许可，请求依纪依法查处。',
        accusedOrg: HOUSING,
        petitioner: { name: '钱立军', phone: '13812340002' },
      });

      // The 交办 picker offers only the bodies of the county's own government (条例 Arts. 23, 24): not the city
      // government above it, not the county government itself, not another county's bureau, and not the body the
      // accusation is against (Art. 30).
      await detail.goto(accusation);
      const picker = await detail.open('交办');
      expect(await picker.offers('交办机关', '临朐县人力资源和社会保障局')).toBe(true);
      expect(await picker.offers('交办机关', '城关街道东关社区居民委员会')).toBe(true);
      for (const body of [HOUSING, '潍坊市人民政府', '临朐县人民政府', '昌乐县信访局', '潍坊市住房和城乡建设局'])
        expect(await picker.offers('交办机关', body), body).toBe(false);
      await picker.cancel();
      await detail.waitForStatus('已登记');

      // A visit is registered through the form and assigned to the housing bureau from its detail.
      const number = await register(b, async (form) => {
        await form.fillMatter({
          title: '东城花园小区电梯长期停运无人维修',
          content: '东城花园小区3号楼电梯停运两个月，物业和开发商互相推诿，请求督促尽快修复。',
        });
        await form.fillPetitioner(0, { name: '马春梅', idNumber: ID_NUMBER, phone: '13812340001' });
      });
      await b.page.getByRole('button', { name: '返回' }).click();
      await b.page.getByTestId('petition-number').filter({ hasText: number }).waitFor();
      await detail.waitForStatus('已登记');
      expect(await detail.actions()).toEqual(['受理', '转送', '交办', '不予受理']);
      await detail.run('assign', '交办', async (d) => {
        await d.choose('交办机关', HOUSING, true);
        await d.fill('交办要求', '请于期限内调查核实，依法处理并书面答复信访人。');
      });
      await detail.waitForStatus('已交办');
      expect((await detail.assignment(HOUSING)).slice(0, 4)).toEqual(['交办', '临朐县信访局', HOUSING, '待签收']);
      // Nothing is left for the bureau until the housing bureau concludes it.
      expect(await detail.actions()).toEqual([]);

      // 2. The handler (housing bureau) finds it under 待签收, receives it, records an investigation, asks for 15 days more.
      await switchTo('handler', '张伟');
      await openFromInbox('receive', number);
      await detail.waitForStatus('已交办');
      expect(await detail.actions()).toEqual(['签收', '退回']);
      await detail.run('receive', '签收');
      await detail.waitForStatus('办理中');
      expect(await detail.holder()).toBe(`当前办理机关：${HOUSING}`);
      expect((await detail.assignment(HOUSING))[3]).toBe('已签收');
      // The buttons, then 更多操作: 交由村（居）调解 is in the menu.
      expect(await detail.actions()).toEqual(['登记办理情况', '增加协办单位', '申请延期', '出具处理意见书', '交由村（居）调解']);
      await detail.run('record', '登记办理情况', async (d) => {
        await d.choose('办理方式', '调查核实');
        await d.fill('办理情况', '现场查看3号楼电梯，约谈物业公司和开发商，电梯主板损坏需更换。');
      });
      await detail.run('requestExtension', '申请延期', async (d) => {
        await d.fill('延期天数', 15);
        await d.fill('延期理由', '电梯主板需向厂家订购，到货和维修需要时间。');
      });
      await detail.waitForStatus('办理中');
      // One extension waits for approval: no second request (交由村（居）调解, after it in the order, takes its place).
      expect(await detail.actions()).toEqual(['登记办理情况', '增加协办单位', '交由村（居）调解', '出具处理意见书']);

      // 3. The director (head of the housing bureau) approves it from 待审批延期.
      await switchTo('director', '孙立新');
      await openFromInbox('approve', number);
      // A leader's actions: approval, instructions, ownership, backlog; not the handler's (签收, 出具处理意见书, 办结).
      expect(await detail.actions()).toEqual(['审批延期', '领导批示', '领导包案', '列为积案']);
      await detail.run('approveExtension', '审批延期', async (d) => {
        await d.pick('批准延期');
        await d.fill('审批意见', '同意延期十五日。');
      });
      await detail.waitForStatus('已延期');
      expect(await detail.actions()).toEqual(['领导批示', '领导包案', '列为积案']);

      // 4. The handler issues the 信访处理意见书, delivers it and concludes with a report.
      await switchTo('handler', '张伟');
      await openFromInbox('handle', number);
      await detail.waitForStatus('已延期');
      await detail.run('decide', '出具处理意见书', async (d) => {
        await d.pick('予以支持');
        await d.fill('信访请求', '请求督促尽快修复3号楼电梯。');
        await d.fill('查明的事实', '3号楼电梯主板损坏，停运两个月，维修责任在物业公司。');
        await d.fill('处理理由', '物业服务合同约定电梯维修由物业公司负责。');
        await d.fill('处理依据', '《物业管理条例》第三十五条。');
      });
      await detail.waitForStatus('已答复');
      await detail.run('deliver', '送达', async (d) => {
        await d.pick('直接送达');
        await d.pick('信访人签收');
      });
      await detail.run('conclude', '办结', async (d) => {
        await d.fill('办结报告', '电梯主板已更换，电梯恢复运行，信访人对处理意见表示满意。');
      });
      await detail.waitForStatus('待审核');
      // Concluded by the housing bureau: nothing left for its handler (no 签收, no 办结).
      expect(await detail.actions()).toEqual([]);

      // 5. The registrar (the assigning body) verifies it from 待审核办结.
      await switchTo('registrar', '李秀英');
      await openFromInbox('verify', number);
      await detail.waitForStatus('待审核');
      expect(await detail.actions()).toEqual(['审核认定办结', '退回重办']);
      await detail.run('verify', '审核认定办结', async (d) => {
        await d.fill('审核意见', '处理意见已送达，信访人满意，认定办结。');
      });
      await detail.waitForStatus('已办结');
      // Only the petitioner's 复查 request is left to register (by a body other than the deciding one).
      expect(await detail.actions()).toEqual([]); // 复查 is asked for at the body the decision names

      // The history has every step, in order.
      expect(await detail.historyKinds()).toEqual([
        '登记',
        '交办',
        '签收',
        '办理情况',
        '申请延期',
        '审批延期',
        '出具处理意见书',
        '送达',
        '办结',
        '审核认定办结',
      ]);
    },
  );
});
