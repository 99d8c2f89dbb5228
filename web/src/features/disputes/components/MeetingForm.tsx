import { MEETING_KINDS, chinaDate } from '@xinfang/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { dynamicKey } from '../../../i18n/keys';
import { Alert, AntApp, Button, Card, Form, Input, Radio, Skeleton, Typography, useServerErrors } from '../../../ui';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { PetitionLookup } from '../../petitions/components/PetitionLookup';
import { fetchAgenda, recordMeeting } from '../api/meetings';
import { MEETING_FIELDS, emptyMeeting, toMeetingInput, type MeetingValues } from '../meetings';
import { DisputeLookup } from './DisputeLookup';
import { MEETINGS_KEY, TaskList } from './MeetingTasks';

const legend = { fontSize: 16, fontWeight: 600, marginBottom: 8 } as const;

/**
 * 登记会议: kind, day, chair, the bodies present, the disputes and petitions discussed (one pick a row), the findings,
 * and the decisions as rows (owner body of one's scope, what, due day). The decisions still open from earlier meetings
 * are shown first, read-only. Server errors land on their field, a row's (`tasks.1.dueOn`) on that row.
 */
export function MeetingForm({ initialValues }: { initialValues?: MeetingValues }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form] = Form.useForm<MeetingValues>();
  const onServerError = useServerErrors(form, true);
  const [initial] = useState(() => initialValues ?? emptyMeeting());
  const [saving, setSaving] = useState(false);
  const agenda = useQuery({ queryKey: [...MEETINGS_KEY, 'agenda'], queryFn: fetchAgenda });
  const today = chinaDate(new Date());

  const required = (field: string) => [{ required: true, whitespace: true, message: t('disputes.meetings.form.required', { field }) }];
  const choose = (field: string) => [{ required: true, message: t('disputes.meetings.form.choose', { field }) }];

  const submit = async () => {
    setSaving(true);
    try {
      const meeting = await recordMeeting(toMeetingInput(form.getFieldsValue(true) as MeetingValues));
      void client.invalidateQueries({ queryKey: MEETINGS_KEY });
      void message.success(t('disputes.meetings.form.recorded'));
      await navigate(`/disputes/meetings/${meeting.id}`);
    } catch (e) {
      const plan = onServerError(e, MEETING_FIELDS);
      const first = plan.fields[0];
      if (first) form.scrollToField(first.name, { block: 'center' });
    } finally {
      setSaving(false);
    }
  };

  const failed = () => {
    void message.error(t('disputes.meetings.form.invalid'));
    const first = form.getFieldsError().find((f) => f.errors.length);
    if (first) form.scrollToField(first.name, { block: 'center' });
  };

  /** A list of one pick a row (bodies present, disputes, petitions). */
  const picks = (name: 'presentOrgIds' | 'disputeIds' | 'petitionIds', title: string, row: string, add: string, picker: ReactNode) => (
    <Form.List name={name}>
      {(rows, ops) => (
        <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }} data-testid={`${name}-rows`}>
          <legend style={legend}>{title}</legend>
          {rows.map((r, i) => {
            const label = t(dynamicKey(`disputes.meetings.form.${row}`), { n: i + 1 });
            return (
              <div key={r.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                <Form.Item name={r.name} label={label} rules={choose(label)} style={{ flex: 1 }}>
                  {picker}
                </Form.Item>
                <Button type="link" danger style={{ marginTop: 30 }} onClick={() => ops.remove(r.name)}>
                  {t('disputes.meetings.form.removeRow', { what: label })}
                </Button>
              </div>
            );
          })}
          <Button onClick={() => ops.add(null)}>{add}</Button>
        </fieldset>
      )}
    </Form.List>
  );

  return (
    <div style={{ maxWidth: 760 }}>
      <Form<MeetingValues>
        form={form}
        name="meeting"
        layout="vertical"
        initialValues={initial}
        onFinish={() => void submit()}
        onFinishFailed={failed}
        requiredMark
      >
        <Form.Item name="kind" label={t('disputes.meetings.form.kind')}>
          <Radio.Group
            optionType="button"
            options={MEETING_KINDS.map((k) => ({ value: k, label: t(dynamicKey(`disputes.meetings.kinds.${k}`)) }))}
          />
        </Form.Item>
        <Form.Item name="heldOn" label={t('disputes.meetings.form.heldOn')} rules={required(t('disputes.meetings.form.heldOn'))}>
          <Input type="date" max={today} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="chair" label={t('disputes.meetings.form.chair')} rules={required(t('disputes.meetings.form.chair'))}>
          <Input maxLength={50} />
        </Form.Item>
        {picks(
          'presentOrgIds',
          t('disputes.meetings.form.present'),
          'presentOrg',
          t('disputes.meetings.form.addPresent'),
          <OrgTreeSelect style={{ width: '100%' }} />,
        )}
        {picks(
          'disputeIds',
          t('disputes.meetings.form.disputes'),
          'dispute',
          t('disputes.meetings.form.addDispute'),
          <DisputeLookup style={{ width: '100%' }} />,
        )}
        {picks(
          'petitionIds',
          t('disputes.meetings.form.petitions'),
          'petition',
          t('disputes.meetings.form.addPetition'),
          <PetitionLookup style={{ width: '100%' }} />,
        )}
        <Form.Item name="notes" label={t('disputes.meetings.form.notes')} rules={required(t('disputes.meetings.form.notes'))}>
          <Input.TextArea rows={5} maxLength={4000} />
        </Form.Item>
        <Card
          size="small"
          style={{ marginBottom: 16 }}
          data-testid="carried-over"
          title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('disputes.meetings.form.carriedOver')}</h2>}
        >
          {agenda.isPending ? (
            <Skeleton active paragraph={{ rows: 1 }} />
          ) : agenda.isError ? (
            <Alert type="error" showIcon title={agenda.error.message} />
          ) : (
            <>
              {agenda.data.length > 0 && (
                <Typography.Paragraph type="secondary">{t('disputes.meetings.form.carriedOverHint')}</Typography.Paragraph>
              )}
              <TaskList tasks={agenda.data} readOnly linkMeeting />
            </>
          )}
        </Card>
        <Form.List name="tasks">
          {(rows, ops) => (
            <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
              <legend style={legend}>{t('disputes.meetings.form.tasks')}</legend>
              {rows.map((r, i) => {
                const n = t('disputes.meetings.form.taskRow', { n: i + 1 });
                return (
                  <Card
                    key={r.key}
                    size="small"
                    style={{ marginBottom: 12 }}
                    title={n}
                    data-testid="task-row"
                    extra={
                      <Button type="link" danger onClick={() => ops.remove(r.name)}>
                        {t('disputes.meetings.form.removeRow', { what: n })}
                      </Button>
                    }
                  >
                    <Form.Item
                      name={[r.name, 'orgId']}
                      label={t('disputes.meetings.task.org')}
                      rules={choose(t('disputes.meetings.task.org'))}
                    >
                      <OrgTreeSelect style={{ width: '100%' }} />
                    </Form.Item>
                    <Form.Item
                      name={[r.name, 'title']}
                      label={t('disputes.meetings.task.title')}
                      rules={required(t('disputes.meetings.task.title'))}
                    >
                      <Input.TextArea rows={2} maxLength={500} />
                    </Form.Item>
                    <Form.Item
                      name={[r.name, 'dueOn']}
                      label={t('disputes.meetings.task.dueOn')}
                      rules={required(t('disputes.meetings.task.dueOn'))}
                    >
                      <Input type="date" style={{ width: 200 }} />
                    </Form.Item>
                  </Card>
                );
              })}
              <Button onClick={() => ops.add({})}>{t('disputes.meetings.form.addTask')}</Button>
            </fieldset>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="save-meeting">
          {t('disputes.meetings.form.submit')}
        </Button>
      </Form>
    </div>
  );
}
