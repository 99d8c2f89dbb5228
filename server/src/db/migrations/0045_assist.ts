import { sql, type Kysely } from 'kysely';

/**
 * 智能辅助 (docs/GLOSSARY.md): the category model's versions with their evaluation (one active; an administrator
 * may go back to an earlier one), the labels registrars give when they accept or override a suggestion (petition
 * data: never deleted), the routing history's summary the handling-body suggestions read (rebuilt by the training
 * job), and the rules an administrator edits for places with no history yet.
 */

// A migration is a snapshot: the body kinds of @xinfang/domain (org.ts) as they are now.
const ORG_KINDS = [
  'bureau',
  'department',
  'government',
  'township',
  'village',
  'court',
  'procuratorate',
  'discipline',
  'arbitration',
  'reconsideration',
];

/** The default rules: a level-1 class → the kind of body, and the words its name has, at the place's level. */
const DEFAULT_RULES: [string, string, string | null][] = [
  ['城乡建设', 'department', '住房和城乡建设'],
  ['环境保护', 'department', '生态环境'],
  ['交通运输', 'department', '交通运输'],
  ['教育文体', 'department', '教育'],
  ['劳动和社会保障', 'department', '人力资源和社会保障'],
  ['商贸旅游', 'department', '商务'],
  ['卫生计生', 'department', '卫生健康'],
  ['国土资源', 'department', '自然资源'],
  ['民政', 'department', '民政'],
  ['政法', 'department', '公安'],
  ['农村农业', 'department', '农业农村'],
  ['经济管理', 'department', '发展和改革'],
  ['科技与信息产业', 'department', '工业和信息化'],
  ['纪检监察', 'discipline', null],
  ['党务政务', 'government', null],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table assist_models (
      id integer generated always as identity primary key,
      version integer not null unique,
      trained_at timestamptz not null default now(),
      -- Who asked for it; null: the first start or the nightly job.
      trained_by integer references users(id),
      examples integer not null,
      -- Of which the deployment's own registrations and corrections (the rest is the shipped data).
      own_examples integer not null,
      train_seconds real not null,
      evaluation jsonb not null,
      -- The weights; null once an old version's are let go (assist.service.ts: KEPT_VERSIONS).
      params bytea,
      active boolean not null default false,
      activated_at timestamptz,
      activated_by integer references users(id)
    )`.execute(db);
  await sql`create unique index assist_models_one_active on assist_models (active) where active`.execute(db);

  await sql`
    create table assist_labels (
      id bigint generated always as identity primary key,
      petition_id bigint not null references petitions(id),
      kind text not null check (kind in ('category', 'body')),
      source text not null check (source in ('registration', 'correction')),
      model_version integer,
      -- What was offered, best first (category or body ids), and what the person chose.
      offered integer[] not null default '{}',
      chosen integer,
      -- Where the choice was among the offers; null: overridden.
      rank smallint,
      actor_id integer not null references users(id),
      at timestamptz not null default now()
    )`.execute(db);
  await sql`create index assist_labels_petition on assist_labels (petition_id)`.execute(db);
  await sql`create index assist_labels_at on assist_labels (at)`.execute(db);
  await sql`create trigger assist_labels_no_delete before delete on assist_labels
            for each row execute function petition_data_no_delete()`.execute(db);
  await sql`create trigger assist_labels_no_truncate before truncate on assist_labels
            for each statement execute function petition_data_no_delete()`.execute(db);

  // Derived from petition_assignments: replaced as a whole by each training run.
  await sql`
    create table assist_routes (
      category_id integer not null references categories(id),
      -- The place's county (6 digits); '' when the petition named no place.
      county text not null,
      org_id integer not null references orgs(id),
      routed integer not null,
      -- Received and not sent back; of those, concluded.
      kept integer not null,
      concluded integer not null,
      primary key (category_id, county, org_id)
    )`.execute(db);

  await sql`
    create table assist_body_rules (
      id integer generated always as identity primary key,
      category_id integer not null references categories(id),
      org_kind text not null check (org_kind in (${sql.raw(ORG_KINDS.map((k) => `'${k}'`).join(','))})),
      name_contains text,
      updated_by integer references users(id),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index assist_body_rules_unique on assist_body_rules (category_id, org_kind, coalesce(name_contains, ''))`.execute(
    db,
  );
  for (const [path, kind, words] of DEFAULT_RULES)
    await sql`insert into assist_body_rules (category_id, org_kind, name_contains)
              select id, ${kind}, ${words} from categories where path = ${path}`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists assist_body_rules, assist_routes, assist_labels, assist_models`.execute(db);
}
