import { useTranslation } from 'react-i18next';
import { Alert, Button, Popconfirm } from '../../../ui';
import type { PetitionDetail } from '../api/types';

/**
 * A repeat of a final matter (条例 Art. 36): the rule, the new facts stated, and for the head of the body the
 * approval that lets it be accepted, forwarded or assigned.
 */
export function FinalityNotice({
  finality,
  mayApprove,
  onApprove,
}: {
  finality: NonNullable<PetitionDetail['finality']>;
  mayApprove: boolean;
  onApprove: () => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="petition-finality"
      title={t(finality.approvedAt ? 'detail.finalityApproved' : 'detail.finality')}
      description={
        <>
          {finality.newFacts ? `${t('petition.newFacts')}：${finality.newFacts}` : t('detail.finalityNoNewFacts')}
          {mayApprove && (
            <Popconfirm title={t('detail.approveNewFactsConfirm')} onConfirm={onApprove}>
              <Button size="small" style={{ marginLeft: 8 }}>
                {t('detail.approveNewFacts')}
              </Button>
            </Popconfirm>
          )}
        </>
      }
    />
  );
}
