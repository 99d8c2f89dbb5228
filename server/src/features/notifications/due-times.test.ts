import { addDays, chinaDate, dueDay, longDate } from '@xinfang/domain';
import ExcelJS from 'exceljs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { buildOrg, loginAs, petitionInput, type Session } from '../../test/factories.js';
import { docxText } from '../../test/files.js';
import { createNotificationsService } from './notifications.service.js';

// A due date set to a day ends at its 24:00, stored as 00:00 of the next day: every output names the day itself.

const hooks: { headers: IncomingHttpHeaders; body: { template: string; body: string } }[] = [];
const receiver = createServer((req, res) => {
  let raw = '';
  req.on('data', (c: Buffer) => (raw += c.toString()));
  req.on('end', () => {
    hooks.push({ headers: req.headers, body: JSON.parse(raw) as (typeof hooks)[number]['body'] });
    res.writeHead(200).end('ok');
  });
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

const { app, db, config } = await createTestApp({
  WEBHOOK_URL: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
  NOTIFY_DISPATCH_DELAY_MS: '0',
});
const notifications = createNotificationsService({ db, config });
const county = await buildOrg(db, { kind: 'government', name: '期限县人民政府' });
const bureau = await buildOrg(db, { parent: county, kind: 'bureau', name: '期限县信访局' });
const dept = await buildOrg(db, { parent: county, kind: 'department', name: '期限县人力资源和社会保障局' });
const registrar = await loginAs(app, db, bureau, ['registrar']);
const handler = await loginAs(app, db, dept, ['handler']);

async function act(s: Session, id: number, action: string, body: Record<string, unknown> = {}) {
  const { version } = (await s.request({ method: 'GET', url: `/api/petitions/${id}` })).json().petition;
  const res = await s.request({ method: 'POST', url: `/api/petitions/${id}/actions/${action}`, payload: { version, ...body } });
  expect(res.statusCode, res.body).toBe(200);
}

describe('a due time at 24:00 in every output', () => {
  it('messages, webhooks, the 交办单 and the Excel export name the day it closes, not the next', async () => {
    const res = await registrar.request({ method: 'POST', url: '/api/petitions', payload: petitionInput({ title: '拖欠工资期限核对' }) });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json().petition as { id: number };
    const day = addDays(chinaDate(new Date()), 20);
    const next = longDate(addDays(day, 1));
    await act(registrar, p.id, 'assign', { toOrgId: dept.id, requirements: '请依法处理', dueDate: day });
    // Stored as 00:00 of the next day.
    const stored = await db.selectFrom('petition_assignments').select('due_at').where('petition_id', '=', p.id).executeTakeFirstOrThrow();
    expect(chinaDate(stored.due_at!)).toBe(addDays(day, 1));

    await notifications.dispatch();
    const inbox = (await handler.request({ method: 'GET', url: '/api/messages' })).json() as {
      items: { template: string; body: string }[];
    };
    const message = inbox.items.find((m) => m.template === 'staff.assigned')!;
    expect(message.body).toContain(`办理期限${longDate(day)}，`);
    expect(message.body).not.toContain(next);
    const hook = hooks.find((h) => h.body.template === 'staff.assigned')!;
    expect(hook.body.body).toBe(message.body);

    const docs = (await registrar.request({ method: 'GET', url: `/api/petitions/${p.id}/documents` })).json() as {
      items: { id: number; kind: string }[];
    };
    const slip = docs.items.find((d) => d.kind === 'assignment_slip')!;
    const file = await registrar.request({ method: 'GET', url: `/api/documents/${slip.id}/file?format=docx` });
    expect(file.statusCode).toBe(200);
    const text = await docxText(file.rawPayload);
    expect(text).toContain(`请于${longDate(day)}前办结`);
    expect(text).not.toContain(next);

    const list = (await registrar.request({ method: 'GET', url: `/api/petitions?q=${encodeURIComponent('拖欠工资期限核对')}` })).json() as {
      items: { deadline: { label: string; dueAt: string } | null }[];
    };
    const deadline = list.items[0]!.deadline!;
    // The clock ends at 24:00 too: its stored instant falls on the next China day.
    expect(chinaDate(new Date(deadline.dueAt))).not.toBe(dueDay(deadline.dueAt));
    const exported = await registrar.request({ method: 'GET', url: `/api/petitions/export?q=${encodeURIComponent('拖欠工资期限核对')}` });
    expect(exported.statusCode, exported.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const column = (sheet.getRow(1).values as string[]).indexOf('办理期限');
    expect(sheet.getRow(2).getCell(column).text).toBe(`${deadline.label} ${dueDay(deadline.dueAt)} 24:00`);
  });
});
