import { checkDecision, type DecisionDraft } from '@xinfang/domain';
import { useTranslation } from 'react-i18next';
import { Alert, useDebounced } from '../../../ui';

/**
 * 意见书检查 while a 处理意见书 is written: what 条例 Art. 32 asks for and the draft does not show yet. Warnings only:
 * 提交 stays open.
 */
export function DecisionCheck({ draft }: { draft: DecisionDraft }) {
  const { t } = useTranslation();
  const settled = useDebounced(draft, 500);
  const warnings = checkDecision(settled);
  if (!warnings.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={t('assist.decisionCheck.title')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="decision-check">
          {warnings.map((w) => (
            <li key={w}>{t(`assist.decisionCheck.${w}`)}</li>
          ))}
        </ul>
      }
    />
  );
}
