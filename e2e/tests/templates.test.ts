import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, useBrowser } from '../browser';
import { Layout } from '../pages/Layout';
import { LoginPage } from '../pages/LoginPage';
import { TemplatesPage } from '../pages/TemplatesPage';

const LINE = '本意见书由临朐县人民政府按本县模板出具。';

// Leaves the shared server's templates as it found them: the county's own template is withdrawn at the end.
describe('document templates per body', () => {
  const b = useBrowser();

  it("the county's administrator sets the county's own template, a body below inherits it, then it is withdrawn", async () => {
    const login = new LoginPage(b.page);
    await login.goto();
    await login.login('admin', DEMO_PASSWORD);
    await new Layout(b.page).waitForWorkbench('王建国');

    const templates = new TemplatesPage(b.page);
    await templates.goto();
    await templates.source('系统默认模板').waitFor();
    await templates.appendAndSave(LINE);
    await templates.source('本机构模板').waitFor();

    await templates.chooseBody('临朐县信访局');
    await templates.source('沿用：临朐县人民政府').waitFor();
    expect(await templates.body.inputValue()).toContain(LINE);

    await templates.chooseBody('临朐县人民政府');
    await templates.source('本机构模板').waitFor();
    await templates.withdraw();
    await templates.source('系统默认模板').waitFor();
    expect(await templates.body.inputValue()).not.toContain(LINE);
  });
});
