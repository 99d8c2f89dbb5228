import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button, Card, Empty, Flex, Tag } from '../../../ui';
import { type Arrival, fetchArrivals } from '../api/reception';
import { chosen, type FormVisitor } from '../records';

/**
 * The slot's bookings and desk visits not yet on a record: choosing one makes it a visitor of the record (its name,
 * its matter added to what was raised; the server takes its phone).
 */
export function ArrivalsPicker({
  slotId,
  visitors,
  onChoose,
}: {
  slotId: number;
  visitors: FormVisitor[] | undefined;
  onChoose: (a: Arrival) => void;
}) {
  const { t } = useTranslation();
  const { data } = useQuery({ queryKey: ['reception', 'arrivals', slotId], queryFn: () => fetchArrivals(slotId) });
  return (
    <Card size="small" title={t('reception.records.arrivals')} style={{ marginBottom: 16 }} data-testid="record-arrivals">
      {data && data.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reception.records.noArrivals')} />}
      {data?.map((a) => (
        <Flex key={`${a.visitId}/${a.bookingId}`} gap="small" align="center" wrap style={{ marginBottom: 8 }}>
          <Tag>{a.number ?? t('reception.records.walkIn')}</Tag>
          <strong>{a.name}</strong>
          <span>{a.phone}</span>
          <span>{t('reception.records.partySize', { count: a.partySize })}</span>
          <span style={{ flex: 1, minWidth: 200 }}>{a.matter}</span>
          {!a.checkedIn && <Tag>{t('reception.records.notCheckedIn')}</Tag>}
          {chosen(visitors, a) ? (
            <Tag color="green">{t('reception.records.chosen')}</Tag>
          ) : (
            <Button size="small" onClick={() => onChoose(a)} aria-label={t('reception.records.chooseArrival', { name: a.name })}>
              {t('reception.records.choose')}
            </Button>
          )}
        </Flex>
      ))}
    </Card>
  );
}
