import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { chooseOption } from './Layout';
import { WorkList } from './WorkList';

export interface PetitionerData {
  name: string;
  idNumber?: string;
  phone?: string;
  isMain?: boolean;
  isRepresentative?: boolean;
}

/** 信访登记 (/petitions/new): the form, its petitioner rows and the repeat-candidate panel. */
export class RegistrationPage {
  constructor(private readonly page: Page) {}

  get form(): Locator {
    return this.page.locator('form#registration');
  }

  async goto(): Promise<void> {
    await this.page.goto('/petitions/new');
    await this.form.getByLabel('标题', { exact: true }).waitFor();
  }

  async choose(label: string, option: string, search = false): Promise<void> {
    await chooseOption(this.form, this.page, label, option, search);
  }

  async fillMatter(m: { title: string; content: string; personsCount?: number; type?: string }): Promise<void> {
    if (m.type) await this.choose('信访类别', m.type);
    await this.form.getByLabel('标题', { exact: true }).fill(m.title);
    await this.form.getByLabel('信访内容', { exact: true }).fill(m.content);
    if (m.personsCount !== undefined) await this.form.getByLabel('信访人数', { exact: true }).fill(String(m.personsCount));
  }

  row(index: number): Locator {
    return this.page.getByTestId(`petitioner-${index}`);
  }

  /** Fills row `index`, adding rows as needed. */
  async fillPetitioner(index: number, p: PetitionerData): Promise<void> {
    while ((await this.page.locator('[data-testid^="petitioner-"]').count()) <= index) {
      await this.page.getByRole('button', { name: '添加信访人' }).click();
    }
    const row = this.row(index);
    await row.getByLabel('姓名或名称', { exact: true }).fill(p.name);
    if (p.idNumber) await row.getByLabel('证件号码', { exact: true }).fill(p.idNumber);
    if (p.phone) await row.getByLabel('联系电话', { exact: true }).fill(p.phone);
    if (p.isMain) await this.setMain(index);
    if (p.isRepresentative) await this.markRepresentative(index);
  }

  async setMain(index: number): Promise<void> {
    const box = this.row(index).getByRole('checkbox', { name: '主信访人' });
    if (!(await box.isChecked())) await box.click();
  }

  async markRepresentative(index: number): Promise<void> {
    await this.row(index).getByRole('checkbox', { name: '代表' }).click();
  }

  async isRepresentative(index: number): Promise<boolean> {
    return this.row(index).getByRole('checkbox', { name: '代表' }).isChecked();
  }

  async removeRow(index: number): Promise<void> {
    await this.row(index).getByRole('button', { name: '删除' }).click();
  }

  get representativeCounter(): Locator {
    return this.page.getByTestId('representative-count');
  }

  get representativesRefused(): Locator {
    return this.page.getByTestId('representatives-refused');
  }

  /** The candidate in a section (同一信访人 / 相似事项) with this number. */
  candidate(section: 'same' | 'similar', number: string): Locator {
    return this.page.getByTestId(`repeat-${section}`).getByTestId('repeat-candidate').filter({ hasText: number });
  }

  async linkRepeat(number: string): Promise<void> {
    const c = this.candidate('same', number);
    await c.waitFor();
    await c.getByRole('button', { name: '关联为重复件' }).click();
    await this.page.getByTestId('repeat-of-tag').filter({ hasText: number }).waitFor();
  }

  /** 更正登记 of a registered petition (/petitions/:id/correct). */
  async gotoCorrection(id: number): Promise<void> {
    await this.page.goto(`/petitions/${id}/correct`);
    await this.form.getByLabel('更正原因', { exact: true }).waitFor();
  }

  /** Fills the reason and saves the correction (the answer is awaited by the caller: saved or refused). */
  async saveCorrection(reason: string): Promise<void> {
    await this.form.getByLabel('更正原因', { exact: true }).fill(reason);
    await this.form.getByRole('button', { name: /保存更正/ }).click();
  }

  /** Shown when someone else changed the petition while this correction was being made. */
  /** 智能辅助's card beside the form (shown once enough has been typed). */
  get suggestions(): Locator {
    return this.page.getByTestId('assist-suggestions');
  }

  /** The suggested categories or bodies, as their buttons read. */
  async suggested(kind: 'category' | 'body'): Promise<{ text: string; pressed: boolean }[]> {
    const buttons = this.suggestions.getByTestId(`assist-${kind}`);
    const out: { text: string; pressed: boolean }[] = [];
    for (const b of await buttons.all())
      out.push({ text: (await b.innerText()).trim(), pressed: (await b.getAttribute('aria-pressed')) === 'true' });
    return out;
  }

  get versionConflict(): Locator {
    return this.page.getByTestId('version-conflict');
  }

  /** Saves with Ctrl+Enter (or the button) and waits for the receipt page. */
  async save(viaKeyboard = false): Promise<void> {
    if (viaKeyboard) {
      await this.form.getByLabel('标题', { exact: true }).focus();
      await this.page.keyboard.press('Control+Enter');
    } else await this.form.getByRole('button', { name: /保存登记/ }).click();
    await this.page.waitForURL(/\/petitions\/\d+\/receipt$/);
  }
}

/** The keys that move around a form (typed characters are not among them), as a clerk's hands count them. */
const NAVIGATION = /^(?:Control\+|Shift\+)?(?:Tab|Enter|Escape|Arrow(?:Up|Down|Left|Right)|Home|End|PageUp|PageDown)$/;

/** Drop-downs shown and not on their way out (a closing one fades for a moment with a `-leave` class). */
const OPEN_DROPDOWNS =
  '.ant-select-dropdown:not(.ant-select-dropdown-hidden):not([class*="-leave"]), .ant-picker-dropdown:not(.ant-picker-dropdown-hidden):not([class*="-leave"])';

/** The registration form driven by the keyboard alone: presses keys, counts the navigation keys, checks where focus is. */
export class KeyboardDesk {
  navigationKeys = 0;

  constructor(private readonly page: Page) {}

  async press(key: string): Promise<void> {
    if (NAVIGATION.test(key)) this.navigationKeys += 1;
    await this.page.keyboard.press(key);
  }

  /** Types text as characters (not counted). */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** Waits for focus to be on the field with this id (Enter in an open drop-down moves on once it has closed). */
  async focusedOn(id: string): Promise<void> {
    await this.page.waitForFunction((want) => document.activeElement?.id === want, id, { timeout: 5000 });
  }

  async focusedId(): Promise<string> {
    return this.page.evaluate(() => (document.activeElement === document.body ? '<body>' : (document.activeElement?.id ?? '')));
  }

  /** Waits until no drop-down is open over the form; a drop-down left open fails it. */
  async noDropdownOpen(): Promise<void> {
    await this.page.waitForFunction((sel) => document.querySelectorAll(sel).length === 0, OPEN_DROPDOWNS, { timeout: 5000 });
  }

  /** Waits for the open drop-down's active option to read `text` (the answer of a search has arrived). */
  async activeOption(text: string): Promise<void> {
    await this.page
      .locator(`:is(${OPEN_DROPDOWNS}) :is(.ant-select-item-option-active, .ant-cascader-menu-item-active)`)
      .filter({ hasText: text })
      .waitFor({ timeout: 5000 });
  }

  /** Focuses a button as Tab would reach it, and presses Enter on it (not counted: the walk-in does not need it). */
  async activate(button: Locator): Promise<void> {
    await button.focus();
    await this.page.keyboard.press('Enter');
  }
}

/** 受理凭证 (/petitions/:id/receipt). */
export class ReceiptPage {
  constructor(private readonly page: Page) {}

  async number(): Promise<string> {
    return (await this.page.getByTestId('receipt-number').innerText()).trim();
  }

  async queryCode(): Promise<string> {
    return (await this.page.getByTestId('receipt-query-code').innerText()).trim();
  }

  /** Clicks 下载 PDF; the file's bytes. */
  async download(): Promise<Buffer> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: '下载 PDF' }).click()]);
    return readFile((await download.path())!);
  }

  /** Clicks 打印 with window.print stubbed; true when it was called. */
  async print(): Promise<boolean> {
    await this.page.evaluate(() => {
      window.print = () => {
        (window as unknown as { __printed: boolean }).__printed = true;
      };
    });
    await this.page.getByRole('button', { name: '打印' }).click();
    return this.page.evaluate(() => (window as unknown as { __printed?: boolean }).__printed === true);
  }
}

/** 信访事项 (/petitions): search and the rows found. */
export class PetitionListPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/petitions');
    await this.page.getByLabel('关键词', { exact: true }).waitFor();
  }

  /** Searches and waits for the list answer; returns the numbers of the rows shown. */
  async search(word: string): Promise<string[]> {
    const answered = this.page.waitForResponse((r) => r.url().includes('/api/petitions?') && r.url().includes('q='));
    await this.page.getByLabel('关键词', { exact: true }).fill(word);
    await this.page.getByLabel('关键词', { exact: true }).press('Enter');
    await answered;
    return (await new WorkList(this.page).cells()).map((cells) => cells[0]!);
  }

  async snippetHits(): Promise<string[]> {
    return this.page.locator('.xf-snippet mark').allInnerTexts();
  }
}
