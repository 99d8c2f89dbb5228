import type { Database } from '../../db/database.js';
import { maskIdNumber, maskPhone } from '../../shared/identity.js';
import { receptionRecordsRepository as repo } from './reception.records.repository.js';
import type { RecordDto } from './reception.records.schema.js';

type Row = NonNullable<Awaited<ReturnType<typeof repo.find>>>;

/** Records as staff see them: names of leaders and bodies, visitors masked, each matter with its petition and documents. */
export async function presentRecords(db: Database, rows: Row[]): Promise<RecordDto[]> {
  const ids = rows.map((r) => r.id);
  const [visitors, matters, users, orgs, linked, docs] = await Promise.all([
    repo.visitors(db, ids),
    repo.matters(db, ids),
    repo.names(db, 'users', [...new Set(rows.flatMap((r) => r.leader_ids))]),
    repo.names(db, 'orgs', [...new Set(rows.flatMap((r) => r.present_org_ids))]),
    repo.petitionNumbers(
      db,
      rows.flatMap((r) => (r.petition_id ? [r.petition_id] : [])),
    ),
    repo.documentsOfRecords(db, ids),
  ]);
  const named = (list: { id: number; name: string }[], id: number) => ({ id, name: list.find((x) => x.id === id)?.name ?? '' });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    org: { id: r.org_id, name: r.org_name },
    slotId: r.slot_id,
    heldAt: r.held_at.toISOString(),
    place: r.place,
    leaders: r.leader_ids.map((id) => named(users, id)),
    presentOrgs: r.present_org_ids.map((id) => named(orgs, id)),
    raised: r.raised,
    counsel: r.counsel,
    petition: r.petition_id ? { id: r.petition_id, number: linked.find((p) => p.id === r.petition_id)?.number ?? '' } : null,
    ownershipId: r.ownership_id,
    unscheduled: r.unscheduled,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    visitors: visitors
      .filter((v) => v.record_id === r.id)
      .map((v) => ({
        id: v.id,
        name: v.name,
        idType: v.id_type as RecordDto['visitors'][number]['idType'],
        idNumber: maskIdNumber(v.id_number),
        phone: maskPhone(v.phone),
        isRepresentative: v.is_representative,
      })),
    matters: matters
      .filter((m) => m.record_id === r.id)
      .map((m) => ({
        id: m.id,
        title: m.title,
        decision: m.decision,
        instruction: m.instruction,
        org: m.org_id ? { id: m.org_id, name: m.org_name ?? '' } : null,
        dueDate: m.due_date,
        legalRoute: m.legal_route,
        registered: m.registered,
        petition: { id: m.petition_id, number: m.petition_number, status: m.petition_status },
        documents: docs.filter((d) => m.document_ids.includes(d.id)).map((d) => ({ id: d.id, title: d.title, number: d.number })),
      })),
  }));
}
