import { useParams } from 'react-router';
import { MeetingDetail } from '../features/disputes/components/MeetingDetail';

/** One meeting (/disputes/meetings/:id: in-app messages and deadline warnings link here). */
export function DisputeMeetingPage() {
  const id = Number(useParams().id);
  return <MeetingDetail key={id} id={id} />;
}
