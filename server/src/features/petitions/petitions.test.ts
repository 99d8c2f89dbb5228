import { chinaDate } from '@xinfang/domain';
import { sql } from 'kysely';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { expectEventsReadWithUnion, missing } from '../../test/events.js';
import {
  buildOrg,
  buildOrgTree,
  loginAs,
  moveOrg,
  petitionInput,
  registerPetition as register,
  validIdNumber,
  type Session,
} from '../../test/factories.js';
import { act } from '../../test/workflow.js';
import { queryCodeHash } from './petitions.service.js';

const { app, db } = await createTestApp();
let tree: Awaited<ReturnType<typeof buildOrgTree>>;
let registrar: Session & { userId: number };

beforeAll(async () => {
  tree = await buildOrgTree(db);
  await db
    .updateTable('orgs')
    .set({ code: `T${tree.bureau.id}` })
    .where('id', '=', tree.bureau.id)
    .execute();
  registrar = await loginAs(app, db, tree.bureau, ['registrar']);
});

const fieldsOf = (res: { json(): { error: { details: { fields: { path: string }[] } } } }) =>
  res.json().error.details.fields.map((f) => f.path);

describe('registration', () => {
  it('registers with a number per body and year, a one-time query code, and an event', async () => {
    const { petition, queryCode } = await register(registrar);
    const year = new Date().getFullYear();
    expect(petition.number).toMatch(new RegExp(`^T${tree.bureau.id}${year}\\d{6}$`));
    expect(queryCode).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    const row = await db.selectFrom('petitions').selectAll().where('id', '=', petition.id).executeTakeFirstOrThrow();
    expect(row.query_code_hash).toBe(queryCodeHash(queryCode));
    expect(JSON.stringify(row)).not.toContain(queryCode);
    const events = await db.selectFrom('petition_events').select('kind').where('petition_id', '=', petition.id).execute();
    expect(events.map((e) => e.kind)).toEqual(['registered']);
    const audit = await db
      .selectFrom('audit_events')
      .select('action')
      .where('object_type', '=', 'petition')
      .where('object_id', '=', String(petition.id))
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['petition.registered']);
  });

  it('numbers without gaps or duplicates under 20 concurrent registrations (条例 Art. 22)', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        register(registrar, {
          title: `并发登记测试${i}`,
          petitioners: [{ name: `并发${i}`, phone: `1390000${String(i).padStart(4, '0')}` }],
        }),
      ),
    );
    const seqs = results.map((r) => Number(r.petition.number.slice(-6))).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(20);
    expect(seqs.at(-1)! - seqs[0]!).toBe(19);
    expect(new Set(results.map((r) => r.queryCode)).size).toBe(20);
  });

  it('a failed registration leaves no number used and nothing written', async () => {
    const before = await db
      .selectFrom('petition_number_counters')
      .select('last_seq')
      .where('org_id', '=', tree.bureau.id)
      .executeTakeFirstOrThrow();
    const res = await registrar.request({ method: 'POST', url: '/api/petitions', payload: petitionInput({ categoryId: 999999 }) });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['categoryId']);
    const after = await db
      .selectFrom('petition_number_counters')
      .select('last_seq')
      .where('org_id', '=', tree.bureau.id)
      .executeTakeFirstOrThrow();
    expect(after.last_seq).toBe(before.last_seq);
  });

  it('checks the identity number check digit and phone formats, naming the petitioner field', async () => {
    const res = await registrar.request({
      method: 'POST',
      url: '/api/petitions',
      payload: petitionInput({
        petitioners: [
          { name: '甲', phone: '13812345678', isMain: true },
          { name: '乙', idNumber: '370724199001011239', phone: '1234' },
        ],
      }),
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res).sort()).toEqual(['petitioners.1.idNumber', 'petitioners.1.phone']);
  });

  it('takes only places of the table of divisions (GB/T 2260, GB/T 10114), naming the field; nothing is written', async () => {
    const before = await db.selectFrom('petitions').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const res = await registrar.request({
      method: 'POST',
      url: '/api/petitions',
      payload: petitionInput({
        placeRegionCode: '999999',
        petitioners: [{ name: '甲', phone: '13812345678', regionCode: '370724999' }],
      }),
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res).sort()).toEqual(['petitioners.0.regionCode', 'placeRegionCode']);
    expect(res.json().error.details.fields[0].message).toBe('行政区划代码不存在，请从列表中选择');
    const after = await db.selectFrom('petitions').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    const ok = await registrar.request({
      method: 'POST',
      url: '/api/petitions',
      payload: petitionInput({ placeRegionCode: '370724101', petitioners: [{ name: '甲', phone: '13812345678', regionCode: '370724' }] }),
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().petition.placeRegionName).toBe('山东省潍坊市临朐县五井镇');
  });

  it('refuses more than 5 representatives (条例 Art. 20) and a group visit without any', async () => {
    const people = (reps: number) =>
      Array.from({ length: 8 }, (_, i) => ({
        name: `代表${i}`,
        isMain: i === 0,
        isRepresentative: i < reps,
        idNumber: i === 0 ? validIdNumber(7) : undefined,
      }));
    const six = await registrar.request({
      method: 'POST',
      url: '/api/petitions',
      payload: petitionInput({ channel: 'visit', personsCount: 8, petitioners: people(6) }),
    });
    expect(six.statusCode).toBe(400);
    expect(six.json().error.code).toBe('representatives_exceeded');
    expect(six.json().error.message).toContain('第二十条');
    // Art. 20 limits the representatives of a visit: six who sign a joint letter are not refused.
    const letter = await registrar.request({
      method: 'POST',
      url: '/api/petitions',
      payload: petitionInput({
        channel: 'letter',
        personsCount: 8,
        petitioners: people(6).map((p) => ({ ...p, address: '临朐县城关街道民主路1号' })),
      }),
    });
    expect(letter.statusCode, letter.body).toBe(201);
    const none = await registrar.request({
      method: 'POST',
      url: '/api/petitions',
      payload: petitionInput({ channel: 'visit', personsCount: 8, petitioners: people(0) }),
    });
    expect(none.json().error.code).toBe('representatives_required');
    const ok = await register(registrar, { channel: 'visit', personsCount: 8, involvedCount: 40, petitioners: people(3) });
    expect(ok.petition.flags.group).toBe(true);
  });

  it('applies the rules by channel and type', async () => {
    const visitNoId = await registrar.request({
      method: 'POST',
      url: '/api/petitions',
      payload: petitionInput({ channel: 'visit', petitioners: [{ name: '丙' }] }),
    });
    expect(fieldsOf(visitNoId)).toEqual(['petitioners.0.idNumber']);
    const letterNoAddress = await registrar.request({
      method: 'POST',
      url: '/api/petitions',
      payload: petitionInput({ channel: 'letter', petitioners: [{ name: '丁' }] }),
    });
    expect(fieldsOf(letterNoAddress)).toEqual(['petitioners.0.address']);
    const anonymousAppeal = await registrar.request({
      method: 'POST',
      url: '/api/petitions',
      payload: petitionInput({ anonymous: true, petitioners: [] }),
    });
    expect(anonymousAppeal.json().error.code).toBe('anonymous_not_allowed');
    const anonymousSuggestion = await register(registrar, { type: 'suggestion', anonymous: true, petitioners: [] });
    expect(anonymousSuggestion.petition.flags.anonymous).toBe(true);
    const accusationNoTarget = await registrar.request({
      method: 'POST',
      url: '/api/petitions',
      payload: petitionInput({ type: 'accusation' }),
    });
    expect(accusationNoTarget.json().error.code).toBe('accused_required');
    const twoMains = await registrar.request({
      method: 'POST',
      url: '/api/petitions',
      payload: petitionInput({
        personsCount: 2,
        petitioners: [
          { name: '甲', phone: '13812345678', isMain: true },
          { name: '乙', isMain: true },
        ],
      }),
    });
    expect(twoMains.json().error.code).toBe('main_petitioner_required');
    const long = await registrar.request({
      method: 'POST',
      url: '/api/petitions',
      payload: petitionInput({ content: '字'.repeat(20_001) }),
    });
    expect(fieldsOf(long)).toEqual(['content']);
  });

  it('only registrars register; other bodies’ petitions answer 404', async () => {
    const handler = await loginAs(app, db, tree.department, ['handler']);
    expect((await handler.request({ method: 'POST', url: '/api/petitions', payload: petitionInput() })).statusCode).toBe(403);
    const { petition } = await register(registrar);
    const other = await loginAs(app, db, tree.other, ['registrar']);
    expect((await other.request({ method: 'GET', url: `/api/petitions/${petition.id}` })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `/api/petitions/${petition.id}` })).statusCode).toBe(401);
  });
});

describe('who sees a petition (petition_scopes)', () => {
  const mismatches = async () => {
    const { rows } = await sql`
      (select 'kept' as side, * from petition_scopes except select 'kept', * from petition_scope_rows)
      union all
      (select 'derived', * from petition_scope_rows except select 'derived', * from petition_scopes)
      union all
      -- The bodies the grams index holds for each petition are those of its rows.
      (select 'scope_orgs', null, p.id, null, null, array_to_string(p.scope_orgs, ','), null, null, null from petitions p
       where p.scope_orgs is distinct from (select array_agg(s.org_id order by s.org_id) from petition_scopes s where s.petition_id = p.id))`.execute(
      db,
    );
    return rows;
  };
  const sees = async (s: Session, id: number, title: string) => {
    const list = (await s.request({ method: 'GET', url: '/api/petitions?limit=100' })).json().items as { id: number }[];
    const found = (await s.request({ method: 'GET', url: `/api/petitions?q=${encodeURIComponent(title)}` })).json().items as {
      id: number;
    }[];
    const detail = (await s.request({ method: 'GET', url: `/api/petitions/${id}` })).statusCode;
    const seen = [list.some((p) => p.id === id), found.some((p) => p.id === id), detail === 200];
    expect(new Set(seen).size, `list, search and detail agree: ${seen.join()}`).toBe(1);
    return seen[0];
  };

  it('follows the body tree: the bodies above, a body the matter reached, a body moved elsewhere', async () => {
    const county = await buildOrg(db, { kind: 'government', name: '可见性测试县人民政府' });
    const township = await buildOrg(db, { parent: county, kind: 'township', name: '可见性测试镇人民政府' });
    const townRegistrar = await loginAs(app, db, township, ['registrar']);
    const countyLeader = await loginAs(app, db, county, ['leader']);
    const otherLeader = await loginAs(app, db, tree.other, ['leader']);
    const otherHandler = await loginAs(app, db, tree.otherDepartment, ['handler']);
    const title = '反映可见性测试渠道积水';
    const { petition } = await register(townRegistrar, { title });
    expect([await sees(townRegistrar, petition.id, title), await sees(countyLeader, petition.id, title)]).toEqual([true, true]);
    expect([await sees(otherLeader, petition.id, title), await sees(otherHandler, petition.id, title)]).toEqual([false, false]);

    // A department of another county asked to assist: it and the bodies above it see the matter from then on.
    const townHandler = await loginAs(app, db, township, ['handler']);
    await act(townRegistrar, petition.id, 'accept');
    const dueDate = chinaDate(new Date(Date.now() + 10 * 86_400_000));
    await act(townHandler, petition.id, 'addAssist', {
      orgId: tree.otherDepartment.id,
      task: '核实上游排水情况。',
      owner: '李四',
      dueDate,
    });
    expect([await sees(otherHandler, petition.id, title), await sees(otherLeader, petition.id, title)]).toEqual([true, true]);
    expect(await mismatches()).toEqual([]);

    // The township moves under the other county: its old county no longer sees what it registered.
    await moveOrg(db, township.id, tree.other.id);
    expect(await sees(countyLeader, petition.id, title)).toBe(false);
    expect(await sees(otherLeader, petition.id, title)).toBe(true);
    expect(await mismatches()).toEqual([]);

    // A corrected receiving time moves the rows the lists walk along with it.
    await sql`update petitions set received_at = received_at - interval '3 days' where id = ${petition.id}`.execute(db);
    expect(await mismatches()).toEqual([]);
  });
});

describe('protecting petitioners', () => {
  it('keeps an accusation away from the accused body through every read path (条例 Art. 30)', async () => {
    // Accusation against the county government, registered by its petition bureau.
    const { petition } = await register(registrar, {
      type: 'accusation',
      accusedOrgId: tree.county.id,
      accusedPerson: '某副县长',
      title: '检举某副县长违规插手工程',
      content: '检举某副县长违规插手工程招标。',
    });
    const leader = await loginAs(app, db, tree.county, ['leader']);
    const auditor = await loginAs(app, db, tree.county, ['auditor']);
    for (const s of [leader, auditor]) {
      expect((await s.request({ method: 'GET', url: `/api/petitions/${petition.id}` })).statusCode).toBe(404);
      expect((await s.request({ method: 'GET', url: `/api/petitions?q=${encodeURIComponent('插手工程')}` })).json().items).toEqual([]);
      expect(
        (await s.request({ method: 'GET', url: '/api/petitions?type=accusation&limit=200' })).json().items.map((i: { id: number }) => i.id),
      ).not.toContain(petition.id);
      const candidates = (
        await s.request({
          method: 'POST',
          url: '/api/petitions/repeat-candidates',
          payload: { title: '检举某副县长违规插手工程', content: '检举某副县长违规插手工程招标。' },
        })
      ).json();
      expect([...candidates.samePetitioner, ...candidates.similar].map((c: { id: number }) => c.id)).not.toContain(petition.id);
      expect((await s.request({ method: 'POST', url: `/api/petitions/${petition.id}/receipt`, payload: {} })).statusCode).toBe(404);
    }
    const trail = (await auditor.request({ method: 'GET', url: '/api/audit/events?objectType=petition&limit=200' })).json();
    expect(trail.items.map((e: { objectId: string }) => e.objectId)).not.toContain(String(petition.id));
    const exported = await leader.request({ method: 'GET', url: `/api/petitions/export?type=accusation` });
    expect(exported.body.length).toBeGreaterThan(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.rowCount).toBe(1); // header only
    // The registering bureau still sees it, to route it to the discipline body — through the same paths.
    expect((await registrar.request({ method: 'GET', url: `/api/petitions/${petition.id}` })).statusCode).toBe(200);
    expect(
      (await registrar.request({ method: 'GET', url: `/api/petitions?q=${encodeURIComponent('插手工程')}` }))
        .json()
        .items.map((i: { id: number }) => i.id),
    ).toEqual([petition.id]);
    const own = (
      await registrar.request({
        method: 'POST',
        url: '/api/petitions/repeat-candidates',
        payload: { title: '检举某副县长违规插手工程', content: '检举某副县长违规插手工程招标。' },
      })
    ).json();
    expect(own.similar.map((c: { id: number }) => c.id)).toContain(petition.id);
    // A body above the accused sees it.
    const city = await db
      .insertInto('orgs')
      .values({
        parent_id: null,
        path: '',
        depth: 0,
        kind: 'government',
        name: `上级市${Date.now()}`,
        short_name: null,
        code: null,
        region_code: null,
        contact_person: null,
        contact_phone: null,
        address: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('orgs')
      .set({ path: `/${city.id}/` })
      .where('id', '=', city.id)
      .execute();
    await db
      .updateTable('orgs')
      .set({
        path: sql`${'/' + city.id} || path`,
        parent_id: sql`case when id = ${tree.county.id} then ${city.id}::integer else parent_id end`,
      })
      .where('path', 'like', `${tree.county.path}%`)
      .execute();
    const cityLeader = await loginAs(app, db, { ...tree.county, id: city.id, path: `/${city.id}/` }, ['leader']);
    expect((await cityLeader.request({ method: 'GET', url: `/api/petitions/${petition.id}` })).statusCode).toBe(200);
  });

  it('masks confidential petitioners and unmasks only with a reason, audited', async () => {
    const { petition } = await register(registrar, {
      confidential: true,
      petitioners: [{ name: '孙保密', phone: '13712345678', idNumber: validIdNumber(42), address: '某村某号' }],
    });
    const leader = await loginAs(app, db, tree.county, ['leader']);
    const shown = (await leader.request({ method: 'GET', url: `/api/petitions/${petition.id}` })).json().petition.petitioners[0];
    expect(shown).toMatchObject({
      name: '孙**',
      phone: '137****5678',
      idNumber: '370724********' + validIdNumber(42).slice(-4),
      address: null,
      masked: true,
    });
    expect((await leader.request({ method: 'GET', url: `/api/petitions?q=${encodeURIComponent('孙保密')}` })).json().items).toEqual([]);
    const noReason = await leader.request({
      method: 'POST',
      url: `/api/petitions/${petition.id}/petitioners/${shown.id}/unmask`,
      payload: {},
    });
    expect(fieldsOf(noReason)).toEqual(['reason']);
    const auditor = await loginAs(app, db, tree.county, ['auditor']);
    expect(
      (
        await auditor.request({
          method: 'POST',
          url: `/api/petitions/${petition.id}/petitioners/${shown.id}/unmask`,
          payload: { reason: '核实' },
        })
      ).statusCode,
    ).toBe(403);
    const res = await leader.request({
      method: 'POST',
      url: `/api/petitions/${petition.id}/petitioners/${shown.id}/unmask`,
      payload: { reason: '电话回访核实情况' },
    });
    expect(res.json().petitioner).toEqual({
      id: shown.id,
      name: '孙保密',
      idNumber: validIdNumber(42),
      phone: '13712345678',
      address: '某村某号',
    });
    const audit = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'petition.personal_data_viewed')
      .where('object_id', '=', String(petition.id))
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      actor_id: leader.userId,
      after: { petitionerId: shown.id, reason: '电话回访核实情况', confidential: true },
    });
    expect(JSON.stringify(audit)).not.toContain('13712345678');
  });
});

describe('repeats, merges and corrections', () => {
  it('is first-time for a body that has not had the matter, though it sees one below it', async () => {
    const who = { name: '钱小河', phone: '13622223333', idNumber: validIdNumber(78) };
    const matter = { title: '要求修复村道塌陷路段', content: '村道塌陷多处，出行困难。', petitioners: [who] };
    const townshipClerk = await loginAs(app, db, tree.township, ['registrar']);
    const countyClerk = await loginAs(app, db, tree.county, ['registrar']);
    expect((await register(townshipClerk, matter)).petition.flags.firstTime).toBe(true);
    // The county sees the township's petition, but it was not the county's own.
    expect((await register(countyClerk, matter)).petition.flags.firstTime).toBe(true);
    expect((await register(countyClerk, matter)).petition.flags.firstTime).toBe(false);
  });

  it('offers a matter of someone else with the exact title typed, or nearly, before any text (the title alone is compared too)', async () => {
    const title = '城西新区幸福家园小区地下车库长期积水无人处理';
    const earlier = await register(registrar, {
      title,
      content:
        '幸福家园小区地下车库自今年七月起每逢下雨即大面积积水，最深处没过脚踝，业主车辆多次被泡，物业称排水泵损坏需业主分摊维修费用，' +
        '业主多次向社区反映未果，请求有关部门督促物业尽快修复排水设施并明确费用承担。',
      petitioners: [{ name: '韩立平', phone: '13700001111' }],
    });
    const typed = async (t: string) =>
      (await registrar.request({ method: 'POST', url: '/api/petitions/repeat-candidates', payload: { title: t, content: '' } })).json() as {
        similar: { id: number; similarity: number }[];
      };
    const exact = await typed(title);
    expect(exact.similar[0]).toMatchObject({ id: earlier.petition.id, similarity: 1 });
    expect((await typed('城西新区幸福家园小区地下车库积水无人处理')).similar.map((c) => c.id)).toContain(earlier.petition.id);
    // Unrelated words are not a near-exact title.
    expect((await typed('城东老街路灯夜间不亮')).similar.map((c) => c.id)).not.toContain(earlier.petition.id);
    // With a text that says something else, a title the same but for one character still finds it (its title key).
    const withText = await registrar.request({
      method: 'POST',
      url: '/api/petitions/repeat-candidates',
      payload: {
        title: '城西新区幸福家园小区地下车库长期积水没人处理',
        content: '车库入口坡道照明损坏，晚上进出车辆看不清路，已经发生两次剐蹭。',
      },
    });
    expect(withText.json().similar.map((c: { id: number }) => c.id)).toContain(earlier.petition.id);
  });

  it('finds the same petitioner by ID number and phone, flags first-time, and links a repeat', async () => {
    const id = validIdNumber(77);
    const first = await register(registrar, {
      title: '要求解决宅基地确权问题',
      content: '我家宅基地长期未能确权颁证。',
      petitioners: [{ name: '周大山', phone: '13611112222', idNumber: id }],
    });
    expect(first.petition.flags.firstTime).toBe(true);
    const candidates = (
      await registrar.request({
        method: 'POST',
        url: '/api/petitions/repeat-candidates',
        payload: { petitioners: [{ idNumber: id }], title: '再次要求解决宅基地确权', content: '' },
      })
    ).json();
    expect(candidates.samePetitioner[0]).toMatchObject({ id: first.petition.id, matchedBy: expect.arrayContaining(['id_number']) });
    const byPhone = (
      await registrar.request({
        method: 'POST',
        url: '/api/petitions/repeat-candidates',
        payload: { petitioners: [{ phone: '13611112222' }], title: '', content: '' },
      })
    ).json();
    expect(byPhone.samePetitioner[0].matchedBy).toContain('phone');
    const second = await register(registrar, {
      title: '再次要求解决宅基地确权问题',
      content: '我家宅基地长期未能确权颁证，再次反映。',
      petitioners: [{ name: '周大山', phone: '13611112222', idNumber: id }],
    });
    expect(second.petition.flags.firstTime).toBe(false);
    const linked = (
      await registrar.request({
        method: 'POST',
        url: `/api/petitions/${second.petition.id}/link-repeat`,
        payload: { repeatOfId: first.petition.id },
      })
    ).json().petition;
    expect(linked.repeatOf).toMatchObject({ id: first.petition.id, number: first.petition.number });
    expect(linked.flags.repeat).toBe(true);
    const original = (await registrar.request({ method: 'GET', url: `/api/petitions/${first.petition.id}` })).json().petition;
    expect(original.repeats.map((r: { id: number }) => r.id)).toEqual([second.petition.id]);
    const self = await registrar.request({
      method: 'POST',
      url: `/api/petitions/${first.petition.id}/link-repeat`,
      payload: { repeatOfId: second.petition.id },
    });
    expect(self.json().error.code).toBe('petition_link_invalid');
    const unlinked = (await registrar.request({ method: 'POST', url: `/api/petitions/${second.petition.id}/unlink-repeat` })).json()
      .petition;
    expect(unlinked.repeatOf).toBeNull();
    expect(unlinked.events.map((e: { kind: string }) => e.kind)).toEqual(['registered', 'repeat_linked', 'repeat_unlinked']);
    // Looked at the candidates, the registrar finds the matter new.
    const confirmed = (await registrar.request({ method: 'POST', url: `/api/petitions/${second.petition.id}/confirm-new` })).json()
      .petition;
    expect(confirmed.newConfirmed).toBe(true);
    expect(confirmed.events.at(-1)).toMatchObject({ kind: 'confirmed_new', payload: {} });
  });

  it('merges into another matter and undoes the merge, with events on both', async () => {
    const a = await register(registrar, { title: '合并测试甲' });
    const b = await register(registrar, { title: '合并测试乙' });
    const merged = (
      await registrar.request({
        method: 'POST',
        url: `/api/petitions/${a.petition.id}/merge`,
        payload: { intoId: b.petition.id, reason: '同一事项' },
      })
    ).json().petition;
    expect(merged.mergedInto.id).toBe(b.petition.id);
    expect(merged.flags.merged).toBe(true);
    // Nobody may act on a merged petition, so its 15-day clock stops with the merge and runs on when it is undone.
    type Clock = { key: string; stoppedAt: string | null; stopEvent: string | null; dueAt: string };
    const decideClock = (p: object) => (p as { clocks: Clock[] }).clocks.find((c) => c.key === 'decide')!;
    expect(decideClock(merged)).toMatchObject({ stopEvent: 'merged', dueAt: decideClock(a.petition).dueAt });
    expect(decideClock(merged).stoppedAt).not.toBeNull();
    expect(
      (await registrar.request({ method: 'POST', url: `/api/petitions/${b.petition.id}/merge`, payload: { intoId: a.petition.id } })).json()
        .error.code,
    ).toBe('merge_target_merged');
    const target = (await registrar.request({ method: 'GET', url: `/api/petitions/${b.petition.id}` })).json().petition;
    expect(target.mergedFrom.map((r: { id: number }) => r.id)).toEqual([a.petition.id]);
    const undone = (await registrar.request({ method: 'POST', url: `/api/petitions/${a.petition.id}/unmerge` })).json().petition;
    expect(undone.mergedInto).toBeNull();
    expect(decideClock(undone)).toMatchObject({ stoppedAt: null, stopEvent: null, dueAt: decideClock(a.petition).dueAt });
    const targetAfter = (await registrar.request({ method: 'GET', url: `/api/petitions/${b.petition.id}` })).json().petition;
    expect(targetAfter.events.map((e: { kind: string }) => e.kind)).toEqual(['registered', 'merged_from', 'unmerged_from']);
  });

  it('records corrections as events with before/after, keeping replaced petitioners', async () => {
    const { petition } = await register(registrar);
    const p0 = petition.petitioners[0]!;
    const noReason = await registrar.request({
      method: 'PATCH',
      url: `/api/petitions/${petition.id}`,
      payload: { version: 1, title: '新标题' },
    });
    expect(fieldsOf(noReason)).toEqual(['reason']);
    const res = await registrar.request({
      method: 'PATCH',
      url: `/api/petitions/${petition.id}`,
      payload: {
        version: 1,
        reason: '电话登记有误',
        title: '反映小区物业违规收取停车费的问题',
        petitioners: [{ id: p0.id, name: '王建华', phone: '13899998888', idNumber: validIdNumber(1), isMain: true }],
      },
    });
    expect(res.statusCode).toBe(200);
    const corrected = res.json().petition;
    expect(corrected.title).toBe('反映小区物业违规收取停车费的问题');
    expect(corrected.petitioners[0].phone).toBe('138****8888');
    const event = corrected.events.at(-1);
    expect(event).toMatchObject({
      kind: 'corrected',
      payload: {
        reason: '电话登记有误',
        before: { title: '反映小区物业违规收取停车费问题' },
        after: { title: '反映小区物业违规收取停车费的问题' },
      },
    });
    expect(JSON.stringify(event)).not.toContain('13899998888');
    const all = await db
      .selectFrom('petitioners')
      .select(['phone', 'removed_at'])
      .where('petition_id', '=', petition.id)
      .orderBy('id')
      .execute();
    expect(all.map((r) => [r.phone, r.removed_at === null])).toEqual([
      ['13812345678', false],
      ['13899998888', true],
    ]);
    const handler = await loginAs(app, db, tree.bureau, ['handler']);
    expect(
      (
        await handler.request({
          method: 'PATCH',
          url: `/api/petitions/${petition.id}`,
          payload: { version: 2, reason: '试图更正', title: 'x' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('a correction names the version it was based on: of two at once, one wins and the stale one changes nothing', async () => {
    const { petition } = await register(registrar);
    const correct = (title: string, version: number) =>
      registrar.request({ method: 'PATCH', url: `/api/petitions/${petition.id}`, payload: { version, reason: '标题有误', title } });
    expect(
      fieldsOf(await registrar.request({ method: 'PATCH', url: `/api/petitions/${petition.id}`, payload: { reason: '标题有误' } })),
    ).toEqual(['version']);
    const [x, y] = await Promise.all([correct('第一位更正的标题', 1), correct('第二位更正的标题', 1)]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([200, 409]);
    const [won, lost] = x.statusCode === 200 ? [x, y] : [y, x];
    expect(lost.json().error).toMatchObject({ code: 'version_conflict', details: { current: 2 } });
    const now = (await registrar.request({ method: 'GET', url: `/api/petitions/${petition.id}` })).json().petition;
    expect(now).toMatchObject({ title: won.json().petition.title, version: 2 });
    expect(now.events.filter((e: { kind: string }) => e.kind === 'corrected')).toHaveLength(1);
    // Based on the version it now has, the second clerk's correction goes through and bumps it again.
    const retried = await correct('核对后再次更正的标题', 2);
    expect(retried.json().petition).toMatchObject({ title: '核对后再次更正的标题', version: 3 });
    expect((await correct('过时的更正', 2)).json().error.code).toBe('version_conflict');
  });

  it('concurrent merges of A into B and B into A never leave a cycle', async () => {
    for (let round = 0; round < 6; round++) {
      const a = (await register(registrar, { title: `交叉合并甲${round}` })).petition.id;
      const b = (await register(registrar, { title: `交叉合并乙${round}` })).petition.id;
      const merge = (from: number, into: number) =>
        registrar.request({ method: 'POST', url: `/api/petitions/${from}/merge`, payload: { intoId: into } });
      const [ab, ba] = await Promise.all([merge(a, b), merge(b, a)]);
      expect([ab.statusCode, ba.statusCode].sort()).toEqual([200, 409]);
      expect([ab, ba].find((r) => r.statusCode === 409)!.json().error.code).toMatch(/^(merge_target_merged|petition_link_invalid)$/);
      const rows = await db.selectFrom('petitions').select(['id', 'merged_into_id']).where('id', 'in', [a, b]).execute();
      expect(rows.filter((r) => r.merged_into_id !== null)).toHaveLength(1);
    }
  });

  it('refuses a merge into itself, into a merged, closed or unrelated matter, and into an unseen one', async () => {
    const merge = (from: number, into: number) =>
      registrar.request({ method: 'POST', url: `/api/petitions/${from}/merge`, payload: { intoId: into } });
    const a = (await register(registrar, { title: '合并拒绝甲' })).petition.id;
    const b = (await register(registrar, { title: '合并拒绝乙' })).petition.id;
    const c = (await register(registrar, { title: '合并拒绝丙' })).petition.id;
    expect((await merge(a, a)).json().error.code).toBe('merge_into_self');
    expect((await merge(b, c)).statusCode).toBe(200);
    expect((await merge(a, b)).json().error.code).toBe('merge_target_merged');

    // Only into an open matter: not a final one (条例 Art. 36), concluded or declined, even the same petitioner's.
    for (const status of ['final', 'concluded', 'declined'] as const) {
      const closed = (await register(registrar, { title: `已结束事项${status}` })).petition.id;
      await db.updateTable('petitions').set({ status }).where('id', '=', closed).execute();
      expect((await merge(a, closed)).json().error).toMatchObject({ code: 'merge_target_closed', details: { field: 'intoId', status } });
    }
    // Only the same petitioner's (by ID number: the same phone is not the same person) or the same group's.
    const someoneElse = { petitioners: [{ name: '孙明亮', phone: '13812345678', idNumber: validIdNumber(91), isMain: true }] };
    const theirs = (await register(registrar, { title: '他人的事项', ...someoneElse })).petition.id;
    expect((await merge(a, theirs)).json().error).toMatchObject({ code: 'merge_target_unrelated', details: { field: 'intoId' } });
    const again = (await register(registrar, { title: '同一人再次反映', ...someoneElse })).petition.id;
    expect((await merge(again, theirs)).statusCode).toBe(200);
    const group = (n: number, extra: object[] = []) => ({
      channel: 'visit',
      personsCount: 8,
      petitioners: [
        { name: `代表${n}`, phone: '13900001111', idNumber: validIdNumber(60 + n), isRepresentative: true, isMain: true },
        ...extra,
      ],
    });
    const visit = (await register(registrar, { title: '集体访一', ...group(1) })).petition.id;
    const revisit = (await register(registrar, { title: '集体访二', ...group(2) })).petition.id;
    const alone = [{ name: '个人来访', phone: '13900001111', idNumber: validIdNumber(70), isMain: true }];
    const lone = (await register(registrar, { title: '同号码的个人来访', channel: 'visit', petitioners: alone })).petition.id;
    expect((await merge(lone, visit)).json().error.code).toBe('merge_target_unrelated');
    expect((await merge(revisit, visit)).statusCode).toBe(200);

    const elsewhere = await loginAs(app, db, tree.other, ['registrar']);
    const unseen = (await register(elsewhere, { title: '他处事项' })).petition.id;
    const refused = await merge(a, unseen);
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error.code).toBe('petition_not_found');
    const untouched = await db.selectFrom('petitions').select(['id', 'merged_into_id']).where('id', 'in', [a, unseen]).execute();
    expect(untouched.every((r) => r.merged_into_id === null)).toBe(true);
  });

  it('reissues the query code: the old one stops working', async () => {
    const { petition, queryCode } = await register(registrar);
    const res = await registrar.request({ method: 'POST', url: `/api/petitions/${petition.id}/reissue-code` });
    const fresh = res.json().queryCode as string;
    expect(fresh).not.toBe(queryCode);
    const row = await db.selectFrom('petitions').select('query_code_hash').where('id', '=', petition.id).executeTakeFirstOrThrow();
    expect(row.query_code_hash).toBe(queryCodeHash(fresh));
    // The receipt is printed again with the new code; the old one is refused there too.
    const receipt = (
      await registrar.request({ method: 'POST', url: `/api/petitions/${petition.id}/receipt`, payload: { queryCode: fresh } })
    ).json().receipt;
    expect(receipt).toMatchObject({ petitionNumber: petition.number, queryCode: fresh });
    const old = await registrar.request({ method: 'POST', url: `/api/petitions/${petition.id}/receipt`, payload: { queryCode } });
    expect(old.json().error.code).toBe('query_code_mismatch');
  });
});

describe('the petition event union (@xinfang/domain)', () => {
  // Runs after the tests above, in this file's database: registrations, corrections, links, merges, views, codes.
  it('every event written above reads with the union, keeping every key it was written with', async () => {
    const written = await expectEventsReadWithUnion(db);
    const kinds = [
      'registered',
      'corrected',
      'repeat_linked',
      'repeat_unlinked',
      'confirmed_new',
      'merged',
      'merged_from',
      'unmerged',
      'unmerged_from',
      'personal_data_viewed',
      'query_code_reissued',
    ] as const;
    expect(missing(written, kinds)).toEqual([]);
  });
});
