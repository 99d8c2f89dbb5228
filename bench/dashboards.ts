import { sql } from 'kysely';
import type { Database } from '../server/src/db/database.js';
import { statsRepository } from '../server/src/features/stats/stats.repository.js';
import { BENCH_PASSWORD } from './bodies.js';
import { ms, percentile, Session, slowestLine } from './server.js';

/** The summary tables built from all petitions by the server's own full recomputation (`npm run stats:rebuild`). */
export async function benchStatsRebuild(db: Database, print: (line: string) => void) {
  const t = performance.now();
  const facts = await statsRepository.rebuild(db);
  const s = (performance.now() - t) / 1000;
  print(`stats: summary tables rebuilt from ${facts.toLocaleString('en')} petitions in ${s.toFixed(1)} s`);
  return { stats_rebuild_s: s };
}

interface Report {
  id: number;
  status: string;
  error: string | null;
}

/**
 * Dashboards as a province-level and a county-level user: overview, series, breakdowns, body comparison and hot
 * issues for this month and for the last twelve months; then a monthly report of the province, requested, built by
 * the job and downloaded. Reads `stat_facts` for the number of petitions summed.
 */
export async function benchDashboards(db: Database, base: string, print: (line: string) => void) {
  const { rows: users } = await sql<{ username: string; org_id: number; depth: number }>`
    select u.username, o.id as org_id, o.depth from users u join orgs o on o.id = u.org_id
    where u.username in ('g37-registrar', 'g370724-registrar') order by o.depth`.execute(db);
  // A set made by bench/scale-stats.ts holds the facts of more petitions than its petitions table.
  const { rows: facts } = await sql<{ n: string }>`select count(*) as n from stat_facts`.execute(db);
  const counted = Number(facts[0]!.n);
  print(`dashboards: summary tables of ${counted.toLocaleString('en')} petitions`);
  const today = new Date();
  const ymd = (d: Date) => d.toISOString().slice(0, 10);
  const yearAgo = ymd(new Date(today.getTime() - 365 * 86_400_000));
  const all: number[] = [];
  const slowest: [number, string][] = [];
  for (const u of users) {
    const s = await Session.login(base, u.username, BENCH_PASSWORD);
    const times: number[] = [];
    const urls = [
      '/api/stats/overview',
      `/api/stats/overview?from=${yearAgo}&to=${ymd(today)}`,
      `/api/stats/series?granularity=month&from=${yearAgo}&to=${ymd(today)}&measures=registered,persons,timely_acceptance,on_time_conclusion`,
      `/api/stats/series?granularity=day&measures=registered,satisfaction_handling`,
      ...['channel', 'category1', 'region', 'body', 'accused'].map(
        (dim) => `/api/stats/breakdown?dim=${dim}&from=${yearAgo}&to=${ymd(today)}`,
      ),
      '/api/stats/bodies',
      `/api/stats/bodies?from=${yearAgo}&to=${ymd(today)}`,
      // Cached per viewer for a while: the first round computes it.
      '/api/stats/hot',
    ];
    for (let round = 0; round < 3; round++)
      for (const url of urls) {
        const res = await s.get(url);
        if (res.status !== 200) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
        times.push(res.ms);
        slowest.push([res.ms, `${u.username} ${url}`]);
      }
    all.push(...times);
    const level = u.depth === 0 ? 'province' : 'county';
    print(`dashboards (${level} user): ${times.length} requests, p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}`);
  }

  print(slowestLine('dashboards', slowest));

  // 月报 of the province for last month, end to end: request, the job builds it, download the Word file.
  const province = users[0]!;
  const s = await Session.login(base, 'g37-leader', BENCH_PASSWORD);
  const last = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 15));
  const t = performance.now();
  const made = await s.post<{ id: number }>('/api/stats/reports', {
    orgId: province.org_id,
    kind: 'monthly',
    period: last.toISOString().slice(0, 7),
  });
  if (made.status !== 202) throw new Error(`report: ${made.status} ${JSON.stringify(made.body).slice(0, 300)}`);
  let report: Report | undefined;
  while (performance.now() - t < 600_000) {
    report = (await s.get<{ items: Report[] }>('/api/stats/reports')).body.items.find((x) => x.id === made.body.id);
    if (report && (report.status === 'done' || report.status === 'failed')) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  if (report?.status !== 'done') throw new Error(`report: ${report?.status ?? 'missing'} ${report?.error ?? ''}`);
  const file = await s.get(`/api/stats/reports/${made.body.id}/file?format=docx`);
  const reportS = (performance.now() - t) / 1000;
  print(`dashboards: monthly report of the province requested, built and downloaded (${file.status}) in ${reportS.toFixed(1)} s`);
  return { dashboard_petitions: counted, dashboard_p50_ms: percentile(all, 50), dashboard_p95_ms: percentile(all, 95), report_s: reportS };
}
