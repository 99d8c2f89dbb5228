import { sql } from 'kysely';
import type { Database } from '../server/src/db/database.js';
import { visibleTo } from '../server/src/access/visibility.js';
import { BENCH_PASSWORD } from './bodies.js';
import { ms, percentile, Session, slowestLine } from './server.js';

/** 2-character words and phrases people search petitions for. */
export const SEARCH_WORDS = ['物业', '拆迁', '工资', '噪音', '停车', '学校', '补偿', '污染', '房产', '医保'];
export const SEARCH_PHRASES = ['物业管理', '拖欠工资', '违章建筑', '小区 停车', '学位 入学'];

interface Page {
  items: { id: number }[];
  nextCursor: string | null;
}

interface Who {
  label: string;
  username: string;
  org_id: number;
  path: string;
  region: string;
}

/**
 * Work lists and search through the HTTP API, as a province-level and a county-level user: filtered lists
 * (status, channel, category, region, deadline grade, date range), keyset paging (pages 1–5), and Chinese search
 * for 2-character words and phrases. Search for 2-character words is checked against a brute-force count.
 */
export async function benchLists(db: Database, base: string, print: (line: string) => void) {
  const { rows: users } = await sql<Who>`
    select case when o.depth = 0 then 'province' else 'county' end as label, u.username, o.id as org_id, o.path, o.region_code as region
    from users u join orgs o on o.id = u.org_id
    where u.username in ('g37-registrar', 'g370724-registrar') order by o.depth`.execute(db);
  const { rows: cats } = await sql<{ id: number }>`select id from categories where level = 1 order by id limit 5`.execute(db);
  const day = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();
  const lists: number[] = [];
  const searches: number[] = [];
  const slowest: [number, string][] = [];
  let correct = true;

  for (const who of users) {
    const s = await Session.login(base, who.username, BENCH_PASSWORD);
    const get = async (url: string, into: number[]) => {
      const res = await s.get<Page>(url);
      if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
      into.push(res.ms);
      slowest.push([res.ms, `${who.label} ${url}`]);
      return res.body;
    };
    const region = who.label === 'province' ? '370700' : `${who.region}1`;
    const filters = [
      '',
      'status=handling',
      'status=registered&status=assigned',
      'channel=visit',
      'channel=online&status=concluded',
      ...cats.map((c) => `categoryId=${c.id}`),
      `regionCode=${region}`,
      'deadline=overdue',
      'deadline=due_soon',
      'deadline=open',
      `from=${day(30)}&to=${day(0)}`,
      `from=${day(400)}&to=${day(370)}&channel=letter`,
      'group=true',
      'repeat=true&sort=registeredAt',
      'order=asc',
    ];
    const listStart = lists.length;
    for (let round = 0; round < 3; round++) for (const f of filters) await get(`/api/petitions?${f}`, lists);
    // Keyset paging: pages 1–5 of the default list and of a filtered one.
    for (const f of ['', 'status=concluded', `regionCode=${region}`]) {
      let cursor: string | null = null;
      for (let page = 0; page < 5; page++) {
        const body: Page = await get(`/api/petitions?${f}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, lists);
        cursor = body.nextCursor;
        if (!cursor) break;
      }
    }
    const searchStart = searches.length;
    for (let round = 0; round < 2; round++)
      for (const q of [...SEARCH_WORDS, ...SEARCH_PHRASES]) {
        await get(`/api/petitions?q=${encodeURIComponent(q)}`, searches);
        await get(`/api/petitions?q=${encodeURIComponent(q)}&from=${day(90)}`, searches);
      }
    print(
      `lists (${who.label} user): ${lists.length - listStart} requests, p50 ${ms(percentile(lists.slice(listStart), 50))}, ` +
        `p95 ${ms(percentile(lists.slice(listStart), 95))}; search: ${searches.length - searchStart} requests, ` +
        `p50 ${ms(percentile(searches.slice(searchStart), 50))}, p95 ${ms(percentile(searches.slice(searchStart), 95))}`,
    );

    // Correctness: every petition of the sample (last 60 days) whose text contains the word, none other.
    for (const word of SEARCH_WORDS.slice(0, 4)) {
      const from = day(60);
      const found = new Set<number>();
      let cursor: string | null = null;
      do {
        const res: { body: Page } = await s.get<Page>(
          `/api/petitions?q=${word}&from=${from}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        for (const it of res.body.items) found.add(it.id);
        cursor = res.body.nextCursor;
      } while (cursor);
      const like = `%${word}%`;
      const { rows } = await sql<{ id: number }>`select p.id from petitions p
        where p.received_at >= ${new Date(from)} and ${visibleTo({ orgPath: who.path, orgId: who.org_id })}
          and (p.content like ${like} or p.title like ${like} or p.number like ${like}
            or (not p.confidential and exists (select 1 from petitioners s where s.petition_id = p.id and s.removed_at is null and s.name like ${like})))`.execute(
        db,
      );
      const expected = new Set(rows.map((x) => x.id));
      const same = expected.size === found.size && [...expected].every((id) => found.has(id));
      correct &&= same;
      print(
        `search check (${who.label} user, last 60 days): '${word}' found ${found.size.toLocaleString('en')}, ` +
          `brute-force LIKE ${expected.size.toLocaleString('en')}: ${same ? 'same petitions' : 'DIFFERENT'}`,
      );
    }
  }
  print(slowestLine('lists', slowest));
  return {
    list_p50_ms: percentile(lists, 50),
    list_p95_ms: percentile(lists, 95),
    search_p50_ms: percentile(searches, 50),
    search_p95_ms: percentile(searches, 95),
    search_correct: correct ? 1 : 0,
  };
}
