import type { DisputeStatus } from '@xinfang/domain';
import { useTranslation } from 'react-i18next';
import { dynamicKey } from '../../../i18n/keys';
import { Tag, type TagColour } from '../../../ui/plain';

// The plain tag's shades, darkened to 4.5:1 on their grounds (plain.css), as the petitions' status tags.
const COLOUR: Record<DisputeStatus, TagColour> = {
  registered: 'blue',
  mediating: 'orange',
  agreed: 'green',
  failed: 'volcano',
  escalated: 'magenta',
  closed: 'default',
  withdrawn: 'default',
  petitioned: 'purple',
};

export function StatusTag({ status }: { status: DisputeStatus }) {
  const { t } = useTranslation();
  return (
    <Tag colour={COLOUR[status]} data-testid="dispute-status">
      {t(dynamicKey(`disputes.statuses.${status}`))}
    </Tag>
  );
}
