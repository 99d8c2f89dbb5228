import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dynamicKey } from '../../../i18n/keys';
import { AntApp, Button, ReasonDialog, Typography, formatDate } from '../../../ui';
import { Tag } from '../../../ui/plain';
import { useCurrentUser } from '../../auth/hooks/useMe';
import { reportTaskDone, type Meeting, type MeetingTask } from '../api/meetings';
import { TASK_STATE_COLOUR, taskState } from '../meetings';

export const MEETINGS_KEY = ['disputes', 'meetings'] as const;

/** A decision's state: 已办结, or its clock's grade (已超期, 今日到期, 即将到期, 办理中). */
export function TaskStateTag({ task }: { task: MeetingTask }) {
  const { t } = useTranslation();
  const state = taskState(task);
  return (
    <Tag colour={TASK_STATE_COLOUR[state]} data-testid="task-state">
      {t(dynamicKey(`disputes.meetings.states.${state}`))}
    </Tag>
  );
}

/** 报告办结: for a decision the reader's body carries out, a note of what was done; the meeting as it is then. */
export function TaskDoneButton({ task, onDone }: { task: MeetingTask; onDone?: (meeting: Meeting) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const client = useQueryClient();
  const me = useCurrentUser();
  const [open, setOpen] = useState(false);
  if (!task.mine || task.doneAt || !me.permissions.includes('dispute.mediate')) return null;
  const submit = async (note: string) => {
    const meeting = await reportTaskDone(task.id, note);
    setOpen(false);
    void message.success(t('disputes.meetings.doneOk'));
    onDone?.(meeting);
    void client.invalidateQueries({ queryKey: MEETINGS_KEY });
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid="task-done">
        {t('disputes.meetings.done')}
      </Button>
      {open && (
        <ReasonDialog
          title={t('disputes.meetings.doneTitle', { title: task.title })}
          label={t('disputes.meetings.doneNote')}
          onClose={() => setOpen(false)}
          onSubmit={submit}
        />
      )}
    </>
  );
}

/** A meeting's decisions: owner, what, due day, state, the note when done, and 报告办结 for the reader's own. */
export function TaskList({
  tasks,
  onDone,
  linkMeeting = false,
  readOnly = false,
}: {
  tasks: MeetingTask[];
  onDone?: (meeting: Meeting) => void;
  /** Each decision links to its meeting (a list of decisions of several meetings). */
  linkMeeting?: boolean;
  /** No 报告办结 (the decisions shown for reference, on the next meeting's form). */
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  if (!tasks.length) return <Typography.Text type="secondary">{t('disputes.meetings.noTasks')}</Typography.Text>;
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {tasks.map((task) => (
        <li key={task.id} data-testid="meeting-task" style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}>
          <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'baseline' }}>
            <TaskStateTag task={task} />
            <strong>{task.title}</strong>
            <span>
              {t('disputes.meetings.task.org')}：{task.org.name}
            </span>
            <span>
              {t('disputes.meetings.task.dueOn')}：{formatDate(task.dueOn)}
            </span>
            {linkMeeting && <Link to={`/disputes/meetings/${task.meetingId}`}>{t('disputes.meetings.open')}</Link>}
            {!readOnly && <TaskDoneButton task={task} onDone={onDone} />}
          </div>
          {task.doneNote && (
            <div style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>
              {t('disputes.meetings.task.doneNote')}：{task.doneNote}
              {task.doneAt && ` (${formatDate(task.doneAt)})`}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
