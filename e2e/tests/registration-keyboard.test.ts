import { describe, expect, it } from 'vitest';
import { staffApi } from '../api';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';
import { KeyboardDesk, ReceiptPage, RegistrationPage } from '../pages/RegistrationPage';

const field = (name: string) => `registration_${name}`;
const petitioner = (index: number, name: string) => `registration_petitioners_${index}_${name}`;

describe('the front desk by keyboard alone', () => {
  const b = useBrowser();

  it('registers a one-person walk-in with at most 25 navigation keys, no drop-down left open, focus kept on add and delete', async () => {
    const login = new LoginPage(b.page);
    await login.goto();
    await login.login('registrar', DEMO_PASSWORD);
    await new Layout(b.page).waitForWorkbench('李秀英');
    const form = new RegistrationPage(b.page);
    await form.goto();
    const keys = new KeyboardDesk(b.page);

    // Enter moves on, and leaves no drop-down open behind it.
    const enterTo = async (id: string) => {
      await keys.press('Enter');
      await keys.focusedOn(id);
      await keys.noDropdownOpen();
    };

    // The form opens on 信访形式, already 来访 (a walk-in); 登记时间 is now and the type the usual one.
    await keys.focusedOn(field('channel'));
    await expect(form.form.locator('.ant-select').filter({ hasText: '来访' }).count()).resolves.toBe(1);
    await enterTo(field('receivedAt'));
    await enterTo(field('type'));
    await enterTo(field('categoryId'));

    // 问题分类 by name: the search's first answer is picked by ArrowDown, Enter.
    await keys.type('物业服务');
    await keys.press('ArrowDown');
    await keys.activeOption('物业服务');
    await enterTo(field('title'));
    await keys.type('小区物业拒不退还房屋维修基金');
    await enterTo(field('content'));
    await keys.type('本人来访反映小区物业公司拒不退还房屋维修基金，请求督促退还。');
    await keys.press('Tab');
    await keys.focusedOn(field('placeRegionCode'));

    // 问题发生地 opens at the registering body's own region (临朐县): ArrowDown, Enter.
    await keys.press('ArrowDown');
    await keys.activeOption('山东省潍坊市临朐县');
    await enterTo(field('placeAddress'));
    await keys.type('城关街道幸福里小区');
    await enterTo(field('personsCount'));
    await enterTo(field('involvedCount'));
    // The flags are check boxes, toggled with Space and reached with Tab: Enter goes on to the petitioner.
    await enterTo(petitioner(0, 'kind'));
    await enterTo(petitioner(0, 'name'));
    await keys.type('王秀兰');
    await enterTo(petitioner(0, 'idType'));
    await enterTo(petitioner(0, 'idNumber'));
    await keys.type('370724199001011232');
    await enterTo(petitioner(0, 'phone'));
    await keys.type('13812345678');
    await enterTo(petitioner(0, 'address'));
    await keys.type('城关街道幸福里小区3号楼');
    await enterTo(petitioner(0, 'regionCode'));

    // 所在地 by name: the town of the body's own county comes first among the many 城关.
    await keys.type('城关');
    await keys.activeOption('山东省潍坊市临朐县城关街道');
    await enterTo(petitioner(0, 'employer'));
    const walkIn = keys.navigationKeys + 1; // and Ctrl+Enter, below
    expect(walkIn).toBeLessThanOrEqual(25);

    // A second petitioner: focus on the new row's first field; deleting it puts focus back on the first row's.
    await keys.activate(b.page.getByRole('button', { name: '添加信访人' }));
    await keys.focusedOn(petitioner(1, 'kind'));
    // The second petitioner's 所在地 opens at the first one's.
    await form
      .row(1)
      .locator(`#${petitioner(1, 'regionCode')}`)
      .focus();
    await keys.press('ArrowDown');
    await keys.activeOption('山东省潍坊市临朐县城关街道');
    await keys.press('Escape');
    await keys.noDropdownOpen();
    await keys.activate(form.row(1).getByRole('button', { name: '删除' }));
    await keys.focusedOn(petitioner(0, 'kind'));
    expect(await keys.focusedId()).not.toBe('<body>');
    expect(await form.row(1).count()).toBe(0);

    // Ctrl+Enter saves from anywhere, an open drop-down included.
    await keys.press('ArrowDown');
    await b.page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').waitFor();
    await keys.press('Control+Enter');
    await b.page.waitForURL(/\/petitions\/\d+\/receipt$/);
    expect(await new ReceiptPage(b.page).number()).toMatch(/2026\d{6}$/);

    // What the keys chose is what was saved.
    const id = /\/petitions\/(\d+)\/receipt$/.exec(b.page.url())![1];
    const { petition } = await (await staffApi(b.baseUrl, 'registrar')).get(`/api/petitions/${id}`);
    expect(petition).toMatchObject({
      channel: 'visit',
      placeRegionCode: '370724',
      category: { path: expect.stringContaining('物业服务') },
    });
    expect(petition.petitioners).toMatchObject([{ name: '王秀兰', regionCode: '370724001', isMain: true }]);
    console.log(`walk-in registration: ${walkIn} navigation keys`);
  });
});
