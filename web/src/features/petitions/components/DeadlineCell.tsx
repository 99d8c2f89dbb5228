import { dueShort } from '@xinfang/domain';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../../ui/plain';
import type { Clock } from '../../calendar/api/calendar';
import { gradeTag, remainingText } from '../../calendar/clocks';

/** The grade of an open clock as a tag, with the time left in words beside it for screen readers and as its tip. */
export function GradeTag({ clock }: { clock: Clock }) {
  const { i18n } = useTranslation();
  if (!clock.grade) return null;
  const tag = gradeTag(clock.grade, i18n.language);
  const tip = clock.remainingMs === null ? undefined : remainingText(clock.remainingMs, i18n.language);
  return (
    <span title={tip}>
      <Tag colour={tag.color} data-testid="deadline-grade">
        {tag.text}
      </Tag>
    </span>
  );
}

/** 期限 in the work lists: the due date (China time), the grade and 暂定; empty when no clock is open. */
export function DeadlineCell({ clock }: { clock: Clock | null }) {
  const { t } = useTranslation();
  if (!clock) return null;
  return (
    <span className="xf-row" style={{ gap: 4 }}>
      <span>{dueShort(clock.dueAt)}</span>
      <GradeTag clock={clock} />
      {clock.provisional && <Tag>{t('deadline.provisional')}</Tag>}
    </span>
  );
}
