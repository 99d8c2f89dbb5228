import type { Page } from 'playwright-core';

export interface Booker {
  name: string;
  phone: string;
  email?: string;
  matter: string;
  partySize?: number;
}

/** 约访 on the portal: a body's schedule, the booking form of a slot, the confirmation with the code shown once. */
export class PortalBookingPage {
  constructor(private readonly page: Page) {}

  /** A body's published schedule (the walk-in sentence, the slots with their free places). */
  async openSchedule(orgId: number): Promise<void> {
    await this.page.goto(`/portal/reception/${orgId}`);
    await this.page.getByTestId('reception-slots').waitFor();
  }

  /** The schedule's lines, as shown. */
  slots(): Promise<string[]> {
    return this.page.getByTestId('reception-slots').locator('li').allInnerTexts();
  }

  /** Opens the booking form of the n-th slot of the schedule. */
  async choose(n = 0): Promise<void> {
    await this.page
      .getByRole('link', { name: /^预约这次接访/ })
      .nth(n)
      .click();
    await this.page.getByRole('heading', { level: 1, name: '预约领导接访' }).waitFor();
  }

  /** Fills the form and books; answers the booking number and the code the confirmation shows once. */
  async book(who: Booker): Promise<{ number: string; code: string }> {
    await this.page.getByLabel('姓名').fill(who.name);
    await this.page.getByLabel('手机号码').fill(who.phone);
    if (who.email) await this.page.getByLabel('电子邮箱（选填）').fill(who.email);
    await this.page.getByLabel('要反映的事项').fill(who.matter);
    await this.page.getByLabel('来访人数').fill(String(who.partySize ?? 1));
    await this.page.getByRole('button', { name: '确认预约' }).click();
    await this.page.getByRole('heading', { level: 1, name: '预约成功' }).waitFor();
    return {
      number: await this.page.getByTestId('booking-number').innerText(),
      code: await this.page.getByTestId('booking-code').innerText(),
    };
  }

  /** The error summary's messages after a refused attempt. */
  errors(): Promise<string[]> {
    return this.page.getByTestId('error-summary').getByRole('link').allInnerTexts();
  }

  /** On the visitor's booking page: finds a booking by number (or phone) and code; answers its lines. */
  async find(who: string, code: string): Promise<string> {
    await this.page.getByRole('heading', { level: 1, name: '查看、改约或取消预约' }).waitFor();
    await this.page.getByLabel('预约号或手机号码').fill(who);
    await this.page.getByLabel('预约码').fill(code);
    await this.page.getByRole('button', { name: '查看预约' }).click();
    await this.page.getByTestId('booking-details').waitFor();
    return this.details();
  }

  /** The confirmation's (or the found booking's) lines. */
  details(): Promise<string> {
    return this.page.getByTestId('booking-details').innerText();
  }
}
