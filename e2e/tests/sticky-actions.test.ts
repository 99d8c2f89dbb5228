import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { assignedMatter, staffApi } from '../api';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { seriousViolations } from '../axe';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';
import { WorkflowPage } from '../pages/WorkflowPage';

const HOUSING = '临朐县住房和城乡建设局';
const VIEWPORT = { width: 1366, height: 768 };
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** Whether the element lies wholly inside the window as it is scrolled now. */
async function inView(l: Locator): Promise<boolean> {
  const box = await l.boundingBox();
  return !!box && box.y >= 0 && box.y + box.height <= VIEWPORT.height && box.x >= 0 && box.x + box.width <= VIEWPORT.width;
}

describe('the petition detail’s actions in the sticky page header', () => {
  const b = useBrowser({ viewport: VIEWPORT });

  it('stay in view at the bottom of a long history; the primary one opens its form there', { timeout: 90_000 }, async () => {
    // A matter the housing bureau has handled for a while: twelve handling records make a history longer than the window.
    const registrar = await staffApi(b.baseUrl, 'registrar');
    const handler = await staffApi(b.baseUrl, 'handler');
    const matter = {
      title: '北城街道雨污管网改造后路面长期未恢复',
      content: '北城街道雨污管网改造完工三个月，路面一直没有恢复，车辆通行困难，请求尽快修复。',
      petitioners: [{ kind: 'person', name: '孟庆华', phone: '13812340031', isMain: true }],
    };
    const id = await assignedMatter(registrar, handler, HOUSING, matter, { requirements: '请调查处理并答复。' });
    for (let i = 1; i <= 12; i++)
      await handler.act(id, 'record', { kind: 'investigation', occurredOn: today(), note: `第${i}次现场核实路面恢复进度。` });
    await registrar.api.dispose();
    await handler.api.dispose();

    await new LoginPage(b.page).goto();
    await new LoginPage(b.page).login('handler', DEMO_PASSWORD);
    await new Layout(b.page).waitForWorkbench('张伟');
    const detail = new WorkflowPage(b.page);
    await detail.goto(id);
    await detail.waitForStatus('办理中');

    // Scrolled to the last entry of the history, the top of the page is long gone...
    const history = b.page.locator('.ant-card').filter({ has: b.page.locator('.ant-card-head-title', { hasText: '事项日志' }) });
    await history.locator('.ant-timeline-item').filter({ hasText: '第12次现场核实' }).scrollIntoViewIfNeeded();
    expect(await inView(history.locator('.ant-timeline-item').last())).toBe(true);
    expect(await inView(b.page.getByTestId('petition-holder'))).toBe(false);
    // ...and the number, the status and the primary action are still in view.
    expect(await inView(b.page.getByTestId('petition-number'))).toBe(true);
    const primary = detail.actionsBar.locator('button[data-action="decide"]');
    expect(await inView(primary)).toBe(true);
    const form = await detail.open('出具处理意见书');
    expect(await inView(form.dialog.locator('.ant-modal-title'))).toBe(true);
    await form.cancel();
  });

  it('the others are in 更多操作, a menu worked by keyboard, with nothing serious for axe', { timeout: 60_000 }, async () => {
    // A matter just registered: the registrar may route it four ways, and correct, link, merge or reprint it.
    const registrar = await staffApi(b.baseUrl, 'registrar');
    const id = (
      await registrar.register({
        title: '城关街道夜间施工噪音扰民',
        content: '城关街道某工地连续一周夜间施工，噪音扰民，请求依法查处。',
        petitioners: [{ kind: 'person', name: '葛玉芬', phone: '13812340032', isMain: true }],
      })
    ).id as number;
    await registrar.api.dispose();

    await new LoginPage(b.page).goto();
    await new LoginPage(b.page).login('registrar', DEMO_PASSWORD);
    await b.page.waitForURL((url) => url.pathname === '/');
    const detail = new WorkflowPage(b.page);
    await detail.goto(id);
    expect(await detail.actions()).toEqual(['受理', '转送', '交办', '不予受理']);

    // The menu button opens from the keyboard on its first item; the arrows walk the items; Esc gives focus back.
    await detail.moreButton.focus();
    await b.page.keyboard.press('Enter');
    const menu = detail.moreMenu;
    await menu.waitFor();
    expect((await menu.getByRole('menuitem').allInnerTexts()).map((s) => s.trim())).toEqual([
      '更正登记',
      '关联重复件',
      '确认为新事项',
      '合并到…',
      '重新打印凭证',
    ]);
    expect((await seriousViolations(b.page)).map((v) => v.id)).toEqual([]);
    const focused = () => b.page.evaluate(() => document.activeElement?.closest('[role="menuitem"]')?.textContent?.trim());
    expect(await focused()).toBe('更正登记');
    await b.page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('关联重复件');
    await b.page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    expect(await detail.moreButton.evaluate((el) => el === document.activeElement)).toBe(true);

    // An item does what its button did: 更正登记 opens the correction form.
    await (await detail.openMore()).getByRole('menuitem', { name: '更正登记' }).click();
    await b.page.waitForURL((url) => url.pathname === `/petitions/${id}/correct`);
  });
});
