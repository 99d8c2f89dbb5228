import { sql, type Insertable } from 'kysely';
import type { Actor } from '../../auth/actor.js';
import type { Executor } from '../../db/database.js';
import type { DB } from '../../db/types.js';
import { visibleTo } from '../../access/visibility.js';

export type DocumentTemplateTable = DB['document_templates'];
export type DocumentTable = DB['documents'];

const LIST_COLUMNS = [
  'd.id',
  'd.petition_id',
  'd.event_id',
  'd.kind',
  'd.org_id',
  'd.number',
  'd.title',
  'd.docx_sha256',
  'd.pdf_sha256',
  'd.created_at',
  'o.name as org_name',
  'u.display_name as created_by_name',
] as const;

export const documentsRepository = {
  /** Next number of a body for a kind and year; the row lock serialises issuing and a rollback leaves no gap. */
  async nextSeq(db: Executor, orgId: number, kind: string, year: number): Promise<number> {
    const { rows } = await sql<{ last_seq: number }>`
      insert into document_number_counters (org_id, kind, year, last_seq) values (${orgId}, ${kind}, ${year}, 1)
      on conflict (org_id, kind, year) do update set last_seq = document_number_counters.last_seq + 1
      returning last_seq`.execute(db);
    return rows[0]!.last_seq;
  },

  async insert(db: Executor, row: Insertable<DocumentTable>): Promise<number> {
    const r = await db.insertInto('documents').values(row).returning('id').executeTakeFirstOrThrow();
    return r.id;
  },

  /** The documents of a petition, oldest first. */
  forPetition(db: Executor, petitionId: number, kinds?: readonly string[]) {
    return db
      .selectFrom('documents as d')
      .innerJoin('orgs as o', 'o.id', 'd.org_id')
      .leftJoin('users as u', 'u.id', 'd.created_by')
      .select(LIST_COLUMNS)
      .where('d.petition_id', '=', petitionId)
      .$if(kinds !== undefined, (q) => q.where('d.kind', 'in', kinds!.length ? [...kinds!] : ['-']))
      .orderBy('d.id')
      .execute();
  },

  /** Documents issued but not rendered yet (or just this one), oldest first, with what they are rendered from. */
  /** The petition's latest event: what a document issued outside an action is linked to. */
  async latestEvent(db: Executor, petitionId: number): Promise<number> {
    const row = await db
      .selectFrom('petition_events')
      .select('id')
      .where('petition_id', '=', petitionId)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    return row.id;
  },
  unrendered(db: Executor, limit: number, id?: number) {
    return db
      .selectFrom('documents')
      .select(['id', 'layout', 'created_at'])
      .where('docx_sha256', 'is', null)
      .$if(id !== undefined, (q) => q.where('id', '=', id!))
      .orderBy('id')
      .limit(limit)
      .execute();
  },

  /** The stored files of a document (null until rendered). */
  files(db: Executor, id: number) {
    return db.selectFrom('documents').select(['docx_sha256', 'pdf_sha256']).where('id', '=', id).executeTakeFirstOrThrow();
  },

  /** Sets the files of a document once; returns the files it has (another render may have been first). */
  async setFiles(db: Executor, id: number, docx: string, pdf: string) {
    await db
      .updateTable('documents')
      .set({ docx_sha256: docx, pdf_sha256: pdf })
      .where('id', '=', id)
      .where('docx_sha256', 'is', null)
      .execute();
    return this.files(db, id);
  },

  /** A document of a petition the actor may see (accusations never reach the accused body: visibleTo). */
  findVisible(db: Executor, actor: Pick<Actor, 'orgPath' | 'orgId'>, id: number) {
    return db
      .selectFrom('documents as d')
      .innerJoin('petitions as p', 'p.id', 'd.petition_id')
      .innerJoin('orgs as o', 'o.id', 'd.org_id')
      .leftJoin('users as u', 'u.id', 'd.created_by')
      .select(LIST_COLUMNS)
      .select('p.org_id as petition_org_id')
      .where('d.id', '=', id)
      .where(visibleTo(actor))
      .executeTakeFirst();
  },

  /** A document of a given petition, whoever asks (the portal checks the petitioner's query code first). */
  findOfPetition(db: Executor, petitionId: number, id: number) {
    return db
      .selectFrom('documents as d')
      .innerJoin('orgs as o', 'o.id', 'd.org_id')
      .leftJoin('users as u', 'u.id', 'd.created_by')
      .select(LIST_COLUMNS)
      .where('d.id', '=', id)
      .where('d.petition_id', '=', petitionId)
      .executeTakeFirst();
  },

  /** The latest 受理凭证 of a petition with its layout (what the printed and PDF copies are drawn from). */
  latestReceipt(db: Executor, petitionId: number) {
    return db
      .selectFrom('documents')
      .select(['id', 'number', 'title', 'created_at', 'layout'])
      .where('petition_id', '=', petitionId)
      .where('kind', '=', 'receipt')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
  },

  /** The stored text and values of a document (tests, audits). */
  content(db: Executor, id: number) {
    return db.selectFrom('documents').select(['text', 'variables']).where('id', '=', id).executeTakeFirst();
  },

  /**
   * Per kind, the template in force for a body: the latest row of the nearest body up its path (itself
   * included, unless `above`) whose latest row has a text, with that body and who saved it.
   */
  async templatesFor(db: Executor, orgId: number, opts: { kind?: string; above?: boolean } = {}) {
    const { rows } = await sql<{
      kind: string;
      body: string;
      org_id: number;
      org_name: string;
      updated_at: Date;
      updated_by_name: string | null;
    }>`
      with latest as (
        select distinct on (t.org_id, t.kind) t.org_id, t.kind, t.body, t.updated_at, t.updated_by
        from orgs o join orgs a on o.path like a.path || '%' join document_templates t on t.org_id = a.id
        where o.id = ${orgId}
          ${opts.above ? sql`and a.id <> ${orgId}` : sql``}
          ${opts.kind ? sql`and t.kind = ${opts.kind}` : sql``}
        order by t.org_id, t.kind, t.id desc)
      select distinct on (l.kind) l.kind, l.body, l.org_id, a.name as org_name, l.updated_at, u.display_name as updated_by_name
      from latest l join orgs a on a.id = l.org_id left join users u on u.id = l.updated_by
      where l.body is not null
      order by l.kind, a.depth desc`.execute(db);
    return rows;
  },

  async insertTemplate(db: Executor, row: Insertable<DocumentTemplateTable>) {
    await db.insertInto('document_templates').values(row).execute();
  },

  /** The open handling clock's due time, after an approved extension moved it. */
  async handleDue(db: Executor, petitionId: number): Promise<Date | undefined> {
    const row = await db
      .selectFrom('petition_clocks')
      .select('due_at')
      .where('petition_id', '=', petitionId)
      .where('key', 'like', 'handle%')
      .where('stopped_at', 'is', null)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row?.due_at;
  },
};

export type DocumentRow = Awaited<ReturnType<typeof documentsRepository.forPetition>>[number];
