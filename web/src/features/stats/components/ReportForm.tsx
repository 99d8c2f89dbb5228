import { REPORT_KINDS, type ReportKind, chinaDate } from '@xinfang/domain';
import { useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AntApp, Button, Card, DatePicker, Form, Radio, useServerErrors } from '../../../ui';
import { useCurrentUser } from '../../auth/hooks/useMe';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { requestReport } from '../api/stats';
import { STATS_KEY } from '../hooks/useStats';
import { reportPeriodOf } from '../period';

interface Values {
  orgId: number;
  kind: ReportKind;
  period: Dayjs;
}

const PICKERS = { monthly: 'month', quarterly: 'quarter', annual: 'year' } as const;

/** 生成报表: scope, 月报 / 季报 / 年报 and its period (last month by default); the job starts at once. */
export function ReportForm() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const client = useQueryClient();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const onError = useServerErrors(form);
  const [busy, setBusy] = useState(false);
  const kind = Form.useWatch('kind', form) ?? 'monthly';
  const today = chinaDate(new Date());

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      await requestReport({ orgId: v.orgId, kind: v.kind, period: reportPeriodOf(v.kind, v.period.format('YYYY-MM-DD')) });
      void message.success(t('stats.report.requested'));
      await client.invalidateQueries({ queryKey: [...STATS_KEY, 'reports'] });
    } catch (e) {
      onError(e, ['orgId', 'kind', 'period']);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t('stats.report.request')}>
      <Form<Values>
        form={form}
        layout="inline"
        name="statsReport"
        initialValues={{ orgId: me.org.id, kind: 'monthly', period: dayjs(today).subtract(1, 'month') }}
        onFinish={(v) => void submit(v)}
        style={{ rowGap: 8 }}
      >
        <Form.Item name="orgId" label={t('stats.scope')} rules={[{ required: true }]}>
          <OrgTreeSelect activeOnly={false} style={{ width: 260 }} />
        </Form.Item>
        <Form.Item name="kind" label={t('stats.report.kind')}>
          <Radio.Group optionType="button" options={REPORT_KINDS.map((k) => ({ value: k, label: t(`stats.report.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="period" label={t('stats.report.period')} rules={[{ required: true }]}>
          <DatePicker picker={PICKERS[kind]} allowClear={false} disabledDate={(d) => d.format('YYYY-MM-DD') > today} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('stats.report.submit')}
        </Button>
      </Form>
    </Card>
  );
}
