import { chinaDate, endOfChinaDay } from '@xinfang/domain';
import type { Actor } from '../../auth/actor.js';
import { auditService } from '../../audit/audit.service.js';
import type { Database } from '../../db/database.js';
import { AppError, fieldError } from '../../errors.js';
import type { ClockDto, ClocksService } from '../deadlines/index.js';
import type { NotificationsService } from '../notifications/index.js';
import { orgRecords } from '../orgs/index.js';
import { meetingsRepository, type TaskRow } from './disputes.meetings.repository.js';
import type { MeetingInput } from './disputes.meetings.schema.js';

const presentTask = (actor: Actor, t: TaskRow, clock: ClockDto | undefined) => ({
  id: t.id,
  meetingId: t.meeting_id,
  org: { id: t.org_id, name: t.org_name },
  title: t.title,
  dueOn: t.due_on,
  doneAt: t.done_at,
  doneNote: t.done_note,
  clock: clock ?? null,
  mine: t.org_id === actor.orgId,
});

/**
 * 动态分析会 / 联席会议 (docs/GLOSSARY.md): the record, the disputes and petitions discussed, and each decision as a task
 * of a body with a due day on the clocks (warned by the sweep, told through the outbox); the next meeting's agenda
 * starts with the decisions still open.
 */
export function createMeetingsService({
  db,
  clocks,
  notifications,
}: {
  db: Database;
  clocks: ClocksService;
  notifications: Pick<NotificationsService, 'tellStaff'>;
}) {
  async function withTasks(actor: Actor, rows: TaskRow[]) {
    const byTask = await clocks.forMeetingTasks(
      db,
      rows.map((t) => t.id),
    );
    return rows.map((t) => presentTask(actor, t, byTask.get(t.id)));
  }

  async function get(actor: Actor, id: number) {
    const m = await meetingsRepository.find(db, actor, id);
    if (!m) throw new AppError('dispute_meeting_not_found');
    const [tasks, present, disputes, petitions] = await Promise.all([
      meetingsRepository.tasksOf(db, [id]),
      orgRecords.findManyByIds(db, m.present_org_ids),
      meetingsRepository.visibleDisputes(db, actor, m.dispute_ids),
      meetingsRepository.visiblePetitions(db, actor, m.petition_ids),
    ]);
    return {
      id: m.id,
      org: { id: m.org_id, name: m.org_name },
      kind: m.kind,
      heldOn: m.held_on,
      chair: m.chair,
      // In the order recorded.
      present: m.present_org_ids.flatMap((oid) => present.filter((o) => o.id === oid).map((o) => ({ id: o.id, name: o.name }))),
      disputes,
      petitions,
      notes: m.notes,
      tasks: await withTasks(actor, tasks),
    };
  }

  return {
    get,

    /** Records a meeting of the actor's body; its decisions become tasks with clocks, each owner body told in-app. */
    async create(actor: Actor, input: MeetingInput) {
      const now = new Date();
      if (input.heldOn > chinaDate(now)) throw fieldError('heldOn', '会议日期不能晚于今天');
      const id = await db.transaction().execute(async (trx) => {
        const disputes = await meetingsRepository.visibleDisputes(trx, actor, input.disputeIds);
        const missingDispute = input.disputeIds.findIndex((d) => !disputes.some((x) => x.id === d));
        if (missingDispute >= 0) throw fieldError(`disputeIds.${missingDispute}`, '所选矛盾纠纷不存在或不在本单位管辖范围内');
        const petitions = await meetingsRepository.visiblePetitions(trx, actor, input.petitionIds);
        const missingPetition = input.petitionIds.findIndex((p) => !petitions.some((x) => x.id === p));
        if (missingPetition >= 0) throw fieldError(`petitionIds.${missingPetition}`, '所选信访事项不存在或不在本单位管辖范围内');
        const present = await orgRecords.findManyByIds(trx, input.presentOrgIds);
        const unknown = input.presentOrgIds.findIndex((o) => !present.some((x) => x.id === o));
        if (unknown >= 0) throw fieldError(`presentOrgIds.${unknown}`, '参会单位不存在');
        // A decision falls to the body itself or one of its area.
        const owners = await orgRecords.findManyByIds(
          trx,
          input.tasks.map((t) => t.orgId),
        );
        input.tasks.forEach((t, i) => {
          const o = owners.find((x) => x.id === t.orgId);
          if (!o || !o.active || !o.path.startsWith(actor.orgPath))
            throw fieldError(`tasks.${i}.orgId`, '议定事项只能交由本单位或下级单位办理');
          if (t.dueOn <= input.heldOn) throw fieldError(`tasks.${i}.dueOn`, '办理期限应晚于会议日期');
        });
        const meetingId = await meetingsRepository.insert(trx, {
          org_id: actor.orgId,
          kind: input.kind,
          held_on: input.heldOn,
          chair: input.chair,
          present_org_ids: input.presentOrgIds,
          dispute_ids: input.disputeIds,
          petition_ids: input.petitionIds,
          notes: input.notes,
          created_by: actor.userId,
        });
        for (const [i, t] of input.tasks.entries()) {
          const taskId = await meetingsRepository.insertTask(trx, {
            meeting_id: meetingId,
            position: i,
            org_id: t.orgId,
            title: t.title,
            due_on: t.dueOn,
          });
          await clocks.onEvents(
            trx,
            { meetingTaskId: taskId },
            [{ name: 'task_assigned', orgId: t.orgId, limitAt: endOfChinaDay(t.dueOn) }],
            now,
          );
          await notifications.tellStaff(trx, {
            key: `meeting-task:${taskId}`,
            template: 'staff.meeting_task_assigned',
            vars: { org: actor.orgName, title: t.title, due: t.dueOn },
            orgId: t.orgId,
            link: `/disputes/meetings/${meetingId}`,
            to: [{ permissions: ['dispute.mediate'] }],
          });
        }
        await auditService.record(trx, actor, {
          action: 'dispute.meeting_recorded',
          objectType: 'dispute_meeting',
          objectId: meetingId,
          orgId: actor.orgId,
          after: {
            kind: input.kind,
            heldOn: input.heldOn,
            disputes: input.disputeIds,
            petitions: input.petitionIds,
            tasks: input.tasks.length,
          },
        });
        return meetingId;
      });
      return get(actor, id);
    },

    /** The meetings the actor sees, latest first, with their decisions; whether the body's monthly meeting is due. */
    async list(actor: Actor) {
      const rows = await meetingsRepository.list(db, actor, 100);
      const tasks = await withTasks(
        actor,
        await meetingsRepository.tasksOf(
          db,
          rows.map((m) => m.id),
        ),
      );
      return {
        items: rows.map((m) => ({
          id: m.id,
          org: { id: m.org_id, name: m.org_name },
          kind: m.kind,
          heldOn: m.held_on,
          chair: m.chair,
          notes: m.notes,
          tasks: tasks.filter((t) => t.meetingId === m.id),
        })),
        monthlyDue: !(await meetingsRepository.heldInMonth(db, actor.orgId, chinaDate(new Date()))),
      };
    },

    /** The next meeting's agenda: the decisions of the body's meetings still open, oldest due first. */
    async agenda(actor: Actor) {
      return { carriedOver: await withTasks(actor, await meetingsRepository.openTasks(db, { meetingOrgId: actor.orgId })) };
    },

    /** The decisions the actor's body must carry out, still open. */
    async myTasks(actor: Actor) {
      return { items: await withTasks(actor, await meetingsRepository.openTasks(db, { orgId: actor.orgId })) };
    },

    /** The owner body reports a decision carried out: its clock stops. */
    async done(actor: Actor, taskId: number, note: string) {
      const meetingId = await db.transaction().execute(async (trx) => {
        const t = await meetingsRepository.lockTask(trx, taskId);
        if (!t || !(await meetingsRepository.find(trx, actor, t.meeting_id))) throw new AppError('meeting_task_not_found');
        if (t.org_id !== actor.orgId)
          throw new AppError(
            'dispute_action_not_allowed',
            { reason: 'body' },
            {
              zh: `议定事项由承办单位（${t.org_name}）报告办理结果。`,
              en: `The body that carries the decision out (${t.org_name}) reports it done.`,
            },
          );
        if (t.done_at) throw new AppError('meeting_task_done');
        await meetingsRepository.markDone(trx, taskId, actor.userId, note);
        await clocks.onEvents(trx, { meetingTaskId: taskId }, [{ name: 'task_done', orgId: actor.orgId }], new Date());
        await auditService.record(trx, actor, {
          action: 'dispute.meeting_task_done',
          objectType: 'meeting_task',
          objectId: taskId,
          orgId: actor.orgId,
          after: { note },
        });
        return t.meeting_id;
      });
      return get(actor, meetingId);
    },
  };
}
export type MeetingsService = ReturnType<typeof createMeetingsService>;
