/**
 * EXPLAIN (ANALYZE, BUFFERS) of the work list's queries as the repository builds them, on a kept data set, for the
 * province and the county user of the benchmark (docs/PERFORMANCE.md):
 *   node --conditions=source --import tsx bench/explain-lists.ts DATA_DIR '[{"status":["handling"]},{"q":"物业","who":"county"}]'
 * Each case is a list filter as the repository takes it (categoryIds, not categoryId); `who` limits it to one user.
 */
import { sql, type KyselyPlugin, type RootOperationNode } from 'kysely';
process.env.DATA_DIR = process.argv[2]!;
process.env.DATABASE_URL = '';
const { loadConfig } = await import('../server/src/config.js');
const { connect } = await import('../server/src/db/connect.js');
const { petitionsRepository } = await import('../server/src/features/petitions/petitions.repository.js');
const { queryTerms } = await import('../server/src/shared/search.js');
const conn = await connect(loadConfig(), () => undefined);
const nodes: RootOperationNode[] = [];
const capture: KyselyPlugin = {
  transformQuery: (a) => (nodes.push(a.node), a.node),
  transformResult: async (a) => a.result,
};
const db = conn.db.withPlugin(capture);
const { rows: users } = await sql<{ org_id: number; path: string; depth: number }>`
  select o.id as org_id, o.path, o.depth from users u join orgs o on o.id = u.org_id
  where u.username in ('g37-registrar', 'g370724-registrar') order by o.depth`.execute(conn.db);
const cases = JSON.parse(process.argv[3]!) as Record<string, unknown>[];
for (const u of users) {
  for (const c of cases) {
    if (c.who && c.who !== (u.depth === 0 ? 'province' : 'county')) continue;
    nodes.length = 0;
    const terms = queryTerms(String(c.q ?? ''));
    await petitionsRepository.list(db as never, { orgId: u.org_id, orgPath: u.path }, {
      limit: 50,
      sort: 'receivedAt',
      order: 'desc',
      ...c,
      terms,
    } as never);
    // A search runs a walk per time window, then the names of the page: each query explained in turn.
    for (const [i, node] of nodes.entries()) {
      const compiled = conn.db.getExecutor().compileQuery(node, { queryId: 'x' } as never);
      const { rows } = await conn.db.executeQuery({ ...compiled, sql: `explain (analyze, buffers) ${compiled.sql}` } as never);
      console.log(`\n===== ${u.depth === 0 ? 'province' : 'county'} ${JSON.stringify(c)} query ${i + 1} of ${nodes.length}`);
      console.log((rows as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']).join('\n'));
    }
  }
}
await conn.close();
