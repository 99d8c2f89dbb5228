import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Form, Input } from '../../../../ui';

/**
 * Someone else changed the petition while this correction was made: nothing was saved. Loading the latest gives up
 * this page's changes, so `onDiscard` drops their draft first (or the reload would bring them back).
 */
export function VersionConflictAlert({ onDiscard }: { onDiscard: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginTop: 12 }}
      data-testid="version-conflict"
      title={t('petition.versionConflict')}
      description={t('petition.versionConflictHelp')}
      action={
        <Button
          size="small"
          onClick={() => {
            onDiscard();
            window.location.reload();
          }}
        >
          {t('petition.reloadLatest')}
        </Button>
      }
    />
  );
}

/**
 * The server refused the same facts and reasons after 复核 (条例 Art. 36): the refusal, and a field where the clerk
 * may state new facts or reasons.
 */
export function FinalMatterCard({ refusal }: { refusal: { number: string; message: string } }) {
  const { t } = useTranslation();
  return (
    <Card size="small" style={{ marginTop: 12 }}>
      <Alert type="warning" showIcon title={refusal.message} description={t('petition.finalMatter', { number: refusal.number })} />
      <Form.Item name="newFacts" label={t('petition.newFacts')} style={{ marginTop: 12, marginBottom: 0 }}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </Card>
  );
}
