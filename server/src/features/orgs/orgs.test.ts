import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { buildOrg, buildOrgTree, buildUser, loginAs, type Session } from '../../test/factories.js';

const { app, db } = await createTestApp();
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
let admin: Session & { userId: number };

beforeAll(async () => {
  tree = await buildOrgTree(db);
  admin = await loginAs(app, db, tree.county, ['admin']);
});

const eventsFor = (orgId: number) =>
  db
    .selectFrom('audit_events')
    .selectAll()
    .where('object_type', '=', 'org')
    .where('object_id', '=', String(orgId))
    .orderBy('seq')
    .execute();

describe('reading bodies', () => {
  it('lists the actor’s body and those below it, parents first, nothing else', async () => {
    const registrar = await loginAs(app, db, tree.township, ['registrar']);
    const res = await registrar.request({ method: 'GET', url: '/api/orgs' });
    expect(res.statusCode).toBe(200);
    const ids = res.json().items.map((o: { id: number }) => o.id);
    expect(ids).toEqual([tree.township.id, tree.village.id]);
  });

  it('answers 404 for another body’s data, and for bodies above the actor', async () => {
    const registrar = await loginAs(app, db, tree.bureau, ['registrar']);
    expect((await registrar.request({ method: 'GET', url: `/api/orgs/${tree.otherDepartment.id}` })).statusCode).toBe(404);
    expect((await registrar.request({ method: 'GET', url: `/api/orgs/${tree.county.id}` })).json().error.code).toBe('org_not_found');
    expect((await registrar.request({ method: 'GET', url: `/api/orgs/${tree.bureau.id}` })).statusCode).toBe(200);
  });

  it('sends the actor’s abilities with each body', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/orgs' });
    const items = res.json().items as { id: number; abilities: Record<string, boolean> }[];
    expect(items.find((o) => o.id === tree.county.id)!.abilities).toEqual({
      update: true,
      createChild: true,
      move: false,
      deactivate: false,
      reactivate: false,
    });
    expect(items.find((o) => o.id === tree.bureau.id)!.abilities).toMatchObject({ move: true, deactivate: true });
    const registrar = await loginAs(app, db, tree.county, ['registrar']);
    const mine = (await registrar.request({ method: 'GET', url: '/api/orgs' })).json().items[0];
    expect(Object.values(mine.abilities).every((v) => v === false)).toBe(true);
  });
});

describe('managing bodies', () => {
  it('creates a body with its region, and records the event in the same transaction', async () => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/orgs',
      payload: {
        parentId: tree.county.id,
        kind: 'department',
        name: '测试县退役军人事务局',
        shortName: '退役军人局',
        code: 'TJTY',
        regionCode: '370724',
        contactPhone: '0536-3212345',
      },
    });
    expect(res.statusCode).toBe(201);
    const org = res.json().org;
    expect(org).toMatchObject({ parentId: tree.county.id, depth: 1, regionName: '山东省潍坊市临朐县', active: true });
    const [event] = await eventsFor(org.id);
    expect(event).toMatchObject({
      action: 'org.created',
      actor_id: admin.userId,
      actor_org_id: tree.county.id,
      org_id: org.id,
      ip: '127.0.0.1',
    });
    expect(event!.after).toMatchObject({ name: '测试县退役军人事务局', code: 'TJTY', source: 'form' });
  });

  it('refuses bad input with the field at fault and writes nothing', async () => {
    const count = async () =>
      (
        await db
          .selectFrom('orgs')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    const before = await count();
    const bad = await admin.request({
      method: 'POST',
      url: '/api/orgs',
      payload: { parentId: tree.county.id, kind: 'department', name: '  ', regionCode: '12', contactPhone: '12' },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.details.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['contactPhone', 'name', 'regionCode']);
    const unknownRegion = await admin.request({
      method: 'POST',
      url: '/api/orgs',
      payload: { parentId: tree.county.id, kind: 'department', name: '某局', regionCode: '379999' },
    });
    expect(unknownRegion.json().error).toMatchObject({ code: 'region_code_unknown', details: { fields: [{ path: 'regionCode' }] } });
    const foreignParent = await admin.request({
      method: 'POST',
      url: '/api/orgs',
      payload: { parentId: tree.other.id, kind: 'department', name: '某局' },
    });
    expect(foreignParent.statusCode).toBe(400);
    expect(foreignParent.json().error.details.fields[0].path).toBe('parentId');
    expect(await count()).toBe(before);
  });

  it('refuses a second body of the same name under the same parent, and a reused code', async () => {
    const dup = await admin.request({
      method: 'POST',
      url: '/api/orgs',
      payload: { parentId: tree.county.id, kind: 'bureau', name: '测试县信访局' },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('org_name_taken');
    await buildOrg(db, { parent: tree.county, name: '有编码的局', code: 'CODE1' });
    const code = await admin.request({
      method: 'POST',
      url: '/api/orgs',
      payload: { parentId: tree.county.id, kind: 'bureau', name: '另一个局', code: 'code1' },
    });
    expect(code.json().error.code).toBe('org_code_taken');
  });

  it('only administrators manage bodies', async () => {
    for (const role of ['registrar', 'handler', 'supervisor', 'leader', 'auditor'] as const) {
      const s = await loginAs(app, db, tree.county, [role]);
      const res = await s.request({
        method: 'POST',
        url: '/api/orgs',
        payload: { parentId: tree.county.id, kind: 'department', name: `不应创建${role}` },
      });
      expect(res.statusCode, role).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
  });

  it('an administrator of another county gets 404 for this county’s bodies', async () => {
    const otherAdmin = await loginAs(app, db, tree.other, ['admin']);
    const res = await otherAdmin.request({ method: 'PATCH', url: `/api/orgs/${tree.bureau.id}`, payload: { name: '被改名' } });
    expect(res.statusCode).toBe(404);
  });

  it('renames with before/after of the changed fields only', async () => {
    const org = await buildOrg(db, { parent: tree.county, name: '旧名称局' });
    const res = await admin.request({
      method: 'PATCH',
      url: `/api/orgs/${org.id}`,
      payload: { name: '新名称局', contactPerson: '王科长' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().org).toMatchObject({ name: '新名称局', contactPerson: '王科长' });
    const events = await eventsFor(org.id);
    expect(events.at(-1)).toMatchObject({
      action: 'org.updated',
      before: { name: '旧名称局', contactPerson: null },
      after: { name: '新名称局', contactPerson: '王科长' },
    });
    const again = await admin.request({ method: 'PATCH', url: `/api/orgs/${org.id}`, payload: { name: '新名称局' } });
    expect(again.statusCode).toBe(200);
    expect(await eventsFor(org.id)).toHaveLength(events.length); // no change, no event
  });

  it('moves a body with everything below it, and refuses a move under itself', async () => {
    const a = await buildOrg(db, { parent: tree.county, kind: 'township', name: '移动镇' });
    const b = await buildOrg(db, { parent: a, kind: 'village', name: '移动村' });
    const res = await admin.request({ method: 'POST', url: `/api/orgs/${a.id}/move`, payload: { parentId: tree.township.id } });
    expect(res.statusCode).toBe(200);
    const movedChild = await db.selectFrom('orgs').selectAll().where('id', '=', b.id).executeTakeFirstOrThrow();
    expect(movedChild.path).toBe(`${tree.township.path}${a.id}/${b.id}/`);
    expect(movedChild.depth).toBe(tree.township.depth + 2);
    expect((await eventsFor(a.id)).at(-1)).toMatchObject({
      action: 'org.moved',
      before: { parentId: tree.county.id },
      after: { parentId: tree.township.id },
    });
    const cycle = await admin.request({ method: 'POST', url: `/api/orgs/${a.id}/move`, payload: { parentId: b.id } });
    expect(cycle.statusCode).toBe(409);
    expect(cycle.json().error.code).toBe('org_move_invalid');
    const own = await admin.request({ method: 'POST', url: `/api/orgs/${tree.county.id}/move`, payload: { parentId: tree.township.id } });
    expect(own.json().error.code).toBe('org_root_immutable');
  });

  it('deactivates (never deletes) only a body with no active sub-bodies or users, and reactivates it', async () => {
    const parent = await buildOrg(db, { parent: tree.county, name: '停用测试局' });
    const child = await buildOrg(db, { parent, name: '停用测试科' });
    const user = await buildUser(db, { org: child, roles: ['handler'] });
    const withChildren = await admin.request({ method: 'POST', url: `/api/orgs/${parent.id}/deactivate` });
    expect(withChildren.json().error.code).toBe('org_has_active_children');
    const withUsers = await admin.request({ method: 'POST', url: `/api/orgs/${child.id}/deactivate` });
    expect(withUsers.json().error.code).toBe('org_has_active_users');
    await admin.request({ method: 'POST', url: `/api/users/${user.id}/deactivate` });
    expect((await admin.request({ method: 'POST', url: `/api/orgs/${child.id}/deactivate` })).json().org.active).toBe(false);
    expect((await admin.request({ method: 'POST', url: `/api/orgs/${parent.id}/deactivate` })).json().org.abilities.reactivate).toBe(true);
    expect(await db.selectFrom('orgs').select('id').where('id', '=', child.id).executeTakeFirst()).toBeDefined();
    const listed = (await admin.request({ method: 'GET', url: '/api/orgs' })).json().items.map((o: { id: number }) => o.id);
    expect(listed).not.toContain(parent.id);
    const all = (await admin.request({ method: 'GET', url: '/api/orgs?includeInactive=true' }))
      .json()
      .items.map((o: { id: number }) => o.id);
    expect(all).toContain(parent.id);
    const childFirst = await admin.request({ method: 'POST', url: `/api/orgs/${child.id}/reactivate` });
    expect(childFirst.json().error.code).toBe('org_inactive');
    expect((await admin.request({ method: 'POST', url: `/api/orgs/${parent.id}/reactivate` })).json().org.active).toBe(true);
    expect((await eventsFor(parent.id)).map((e) => e.action)).toEqual(['org.deactivated', 'org.reactivated']);
  });
});

describe('import', () => {
  const upload = (s: Session, file: Buffer, filename: string, dryRun = false) => {
    const boundary = '----xinfang' + Date.now();
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
    const body = Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]);
    return s.request({
      method: 'POST',
      url: `/api/orgs/import${dryRun ? '?dryRun=true' : ''}`,
      payload: body,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
  };
  const header = '机构名称,简称,机构类别,上级机构（名称或编码）,机构编码,行政区划代码,联系人,联系电话,地址\n';

  it('reports every bad row with its number and field, and imports nothing', async () => {
    const csv =
      header +
      '导入镇人民政府,导入镇,乡镇街道,测试县信访局,DRZ,370724101,,0536-3211111,\n' +
      '坏类别局,,不存在的类别,测试县信访局,,,,,\n' +
      '坏电话局,,职能部门,测试县信访局,,,,12,\n' +
      '孤儿村,,村居,找不到的上级,,,,,\n' +
      '导入镇人民政府,,乡镇街道,测试县信访局,,,,,\n';
    const res = await upload(admin, Buffer.from(csv), 'orgs.csv');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('import_invalid');
    const rows = res.json().error.details.rows.map((r: { row: number; field: string }) => `${r.row}:${r.field}`);
    expect(rows).toEqual(['3:kind', '4:contactPhone', '5:parent', '6:name']);
    expect(await db.selectFrom('orgs').select('id').where('name', '=', '导入镇人民政府').executeTakeFirst()).toBeUndefined();
  });

  it('imports a GB18030 CSV as Excel saves it, parents named by earlier rows’ codes', async () => {
    const csv = header + '编码导入镇人民政府,编码镇,乡镇街道,测试县信访局,BMZ,370724101,,,\n编码导入村村民委员会,,村居,BMZ,,,,,\n';
    const gbk = Buffer.from(new Uint8Array(encodeGb18030(csv)));
    const dry = await upload(admin, gbk, 'orgs.csv', true);
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({
      dryRun: true,
      created: 0,
      rows: [
        { row: 2, name: '编码导入镇人民政府' },
        { row: 3, parent: 'BMZ' },
      ],
    });
    expect(await db.selectFrom('orgs').select('id').where('code', '=', 'BMZ').executeTakeFirst()).toBeUndefined();
    const res = await upload(admin, gbk, 'orgs.csv');
    expect(res.json()).toMatchObject({ dryRun: false, created: 2 });
    const village = await db.selectFrom('orgs').selectAll().where('name', '=', '编码导入村村民委员会').executeTakeFirstOrThrow();
    const town = await db.selectFrom('orgs').selectAll().where('code', '=', 'BMZ').executeTakeFirstOrThrow();
    expect(village.parent_id).toBe(town.id);
    expect(town.parent_id).toBe(tree.bureau.id);
    expect((await eventsFor(village.id))[0]!.after).toMatchObject({ source: 'import' });
  });

  it('imports an Excel file filled from the template', async () => {
    const template = await admin.request({ method: 'GET', url: '/api/orgs/import/template' });
    expect(template.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    // A clerk overwrites the example rows.
    sheet.getRow(2).values = ['Excel导入局', '', '职能部门', tree.county.name, 'XLSX1', '370724', '张三', '13812345678', '县府路1号'];
    sheet.getRow(3).values = [];
    const res = await upload(admin, Buffer.from(await wb.xlsx.writeBuffer()), '机构.xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().created).toBe(1);
    expect(await db.selectFrom('orgs').select(['contact_phone', 'parent_id']).where('code', '=', 'XLSX1').executeTakeFirst()).toEqual({
      contact_phone: '13812345678',
      parent_id: tree.county.id,
    });
  });

  it('refuses files that are not CSV or Excel', async () => {
    const res = await upload(admin, Buffer.from('%PDF-1.4'), 'orgs.pdf');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('import_file_unreadable');
  });
});

/** Encodes text as GB18030 the way Chinese Excel writes CSV (Node has a decoder, not an encoder). */
function encodeGb18030(text: string): number[] {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  return [...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch)!));
}
