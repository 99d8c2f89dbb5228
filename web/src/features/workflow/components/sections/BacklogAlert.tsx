import { useTranslation } from 'react-i18next';
import { Alert, Space, formatDate } from '../../../../ui';
import type { Backlog } from '../../api/types';

/** 积案: marked since when and why, or resolved on which day and how. */
export function BacklogAlert({ backlog }: { backlog: Backlog }) {
  const { t } = useTranslation();
  return (
    <Alert
      type={backlog.resolvedOn ? 'success' : 'error'}
      showIcon
      data-testid="wf-backlog"
      title={
        backlog.resolvedOn
          ? t('workflow.backlogResolved', { date: backlog.resolvedOn })
          : t('workflow.backlogOpen', { date: formatDate(backlog.markedAt) })
      }
      description={
        <Space orientation="vertical" size={0}>
          <span>{t('workflow.backlogReasonText', { reason: backlog.reason })}</span>
          {backlog.resolution && <span>{t('workflow.resolutionText', { text: backlog.resolution })}</span>}
        </Space>
      }
    />
  );
}
