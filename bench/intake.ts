import { sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../server/src/db/database.js';
import { queryCodeHash } from '../server/src/features/petitions/petitions.service.js';
import type { RegisterInput } from '../server/src/features/petitions/petitions.schema.js';
import { packed, signatureOf } from '../server/src/shared/resemblance.js';
import { summaryOf, textGrams } from '../server/src/shared/search.js';
import { BENCH_PASSWORD } from './bodies.js';
import { Rng, identityNumber, mobile, personName, streetAddress, vary, type Corpus } from './corpus.js';
import { ms, percentile, pool, Session } from './server.js';

interface Registrar {
  username: string;
  user_id: number;
  org_id: number;
  region: string;
  name: string;
}

type Form = Omit<RegisterInput, 'receivedAt'> & { receivedAt: string };

/** What a registrar types for a walk-in or online petition: a varied real message and one petitioner. */
function form(r: Rng, corpus: Corpus, at: Registrar, categories: number[]): Form {
  const m = corpus.messages[r.int(corpus.messages.length)]!;
  const place = { province: '山东省', city: '', county: at.name.replace(/信访局$/, ''), township: '' };
  const channel = r.pick(['online', 'visit', 'hotline', 'letter'] as const);
  return {
    channel,
    receivedAt: new Date(Date.now() - r.int(3_600_000)).toISOString(),
    type: 'appeal',
    categoryId: r.pick(categories),
    title: vary(r, m.title, place, []).slice(0, 100),
    content: vary(r, m.body, place, corpus.sentences.get(m.level1) ?? []),
    placeRegionCode: at.region,
    placeAddress: place.county,
    personsCount: 1,
    involvedCount: 0,
    accusedPerson: null,
    accusedOrgId: null,
    accusedOrgNone: false,
    anonymous: false,
    confidential: false,
    skipLevel: false,
    litigation: false,
    majorUrgent: false,
    petitioners: [
      {
        kind: 'person',
        name: personName(r),
        idType: 'id_card',
        idNumber: identityNumber(r, at.region),
        phone: mobile(r),
        address: streetAddress(r, place.county),
        regionCode: at.region,
        employer: null,
        isMain: true,
        isRepresentative: false,
      },
    ],
    attachmentIds: [],
    repeatOfId: null,
    externalId: null,
    newFacts: null,
  };
}

/**
 * Intake: registrars of different county bureaus register petitions through POST /api/petitions, `concurrency`
 * requests in flight; then the same rows (petition, petitioner, registration event, with the grams and summary
 * the server computes) go straight into the same PostgreSQL, one transaction each, at the same concurrency:
 * the physical limit of registering one petition at a time.
 */
export async function benchIntake(
  db: Database,
  url: string,
  base: string,
  corpus: Corpus,
  opts: { count: number; concurrency: number; seconds: number; seed: number },
  print: (line: string) => void,
) {
  const { rows: registrars } = await sql<Registrar>`
    select u.username, u.id as user_id, o.id as org_id, o.region_code as region, o.name
    from users u join orgs o on o.id = u.org_id
    where o.kind = 'bureau' and o.depth = 3 and u.username like '%-registrar' order by o.id limit ${opts.concurrency}`.execute(db);
  const categories = (await db.selectFrom('categories').select('id').where('level', '=', 3).execute()).map((c) => c.id);
  const sessions = await Promise.all(registrars.map((u) => Session.login(base, u.username, BENCH_PASSWORD)));
  const r = new Rng(opts.seed + 1);
  const forms = Array.from({ length: opts.count }, (_, i) => form(r, corpus, registrars[i % registrars.length]!, categories));

  const latencies: number[] = [];
  let failed = 0;
  let t = performance.now();
  const done = await pool(forms.length, registrars.length, opts.seconds, async (i, worker) => {
    const res = await sessions[worker]!.post('/api/petitions', forms[i]);
    if (res.status === 201 || res.status === 200) latencies.push(res.ms);
    else if (failed++ < 3) print(`intake: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  });
  const seconds = (performance.now() - t) / 1000;
  const perS = latencies.length / seconds;
  print(
    `intake: ${latencies.length.toLocaleString('en')} petitions registered through the API in ${seconds.toFixed(1)} s by ${registrars.length} ` +
      `concurrent registrars: ${perS.toFixed(0)}/s, p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}` +
      (failed ? `, ${failed} failed` : ''),
  );

  // The same rows straight into PostgreSQL: one statement (three inserts) and one commit per petition.
  // Triggers off (foreign-key checks and the statistics' dirty marks): the rows go again afterwards and must leave
  // the summary tables untouched. Without the key checks the raw rate is, if anything, an upper bound.
  const raw = new pg.Pool({ connectionString: url, max: registrars.length, options: '-c session_replication_role=replica' });
  // They are not petitions anyone registered: they go again, so the lists see only real ones (also after a failed run).
  const removeRaw = async () => {
    await raw.query(`delete from petition_events where petition_id in (select id from petitions where number like 'RAW%')`);
    await raw.query(`delete from petitioners where petition_id in (select id from petitions where number like 'RAW%')`);
    await raw.query(`delete from petition_signatures where petition_id in (select id from petitions where number like 'RAW%')`);
    await raw.query(`delete from petitions where number like 'RAW%'`);
  };
  await removeRaw();
  const year = new Date().getFullYear();
  t = performance.now();
  await pool(done, registrars.length, Infinity, async (i) => {
    const f = forms[i]!;
    const at = registrars[i % registrars.length]!;
    const p = f.petitioners[0]!;
    const number = `RAW${at.org_id}-${i}`;
    const signature = signatureOf(f.title, f.content);
    await raw.query(
      `with p as (
         insert into petitions (org_id, number, year, seq, query_code_hash, channel, received_at, type, category_id, title, content,
           place_region_code, place_address, persons_count, search_grams, summary, registered_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 1, $14, $15, $16) returning id
       ), g as (
         insert into petition_signatures (petition_id, signature, keys) select id, $22, $23 from p
       ), s as (
         insert into petitioners (petition_id, position, kind, name, id_type, id_number, phone, address, region_code, is_main, notify_sms)
         select id, 0, 'person', $17, 'id_card', $18, $19, $20, $12, true, true from p
       )
       insert into petition_events (petition_id, actor_id, actor_org_id, kind, to_status, payload)
       select id, $16, $1, 'registered', 'registered', $21 from p`,
      [
        at.org_id,
        number,
        year,
        1_000_000 + i,
        queryCodeHash(`raw-${i}`),
        f.channel,
        f.receivedAt,
        f.type,
        f.categoryId,
        f.title,
        f.content,
        f.placeRegionCode,
        f.placeAddress,
        textGrams(number, f.title, f.content, p.name),
        summaryOf(f.title, f.content),
        at.user_id,
        p.name,
        p.idNumber,
        p.phone,
        p.address,
        JSON.stringify({ number, channel: f.channel, source: 'form', repeatOf: null }),
        packed(signature.minhash),
        signature.keys,
      ],
    );
  });
  const rawSeconds = (performance.now() - t) / 1000;
  const rawPerS = done / rawSeconds;
  await removeRaw();
  await raw.end();
  print(
    `intake: the same ${done.toLocaleString('en')} rows inserted directly (one transaction each, ${registrars.length} connections): ` +
      `${rawPerS.toFixed(0)}/s; the API reaches ${((perS / rawPerS) * 100).toFixed(0)}% of it`,
  );
  return {
    intake_per_s: Math.round(perS),
    intake_p50_ms: percentile(latencies, 50),
    intake_p99_ms: percentile(latencies, 99),
    intake_failed: failed,
    raw_insert_per_s: Math.round(rawPerS),
    intake_ratio: perS / rawPerS,
  };
}
