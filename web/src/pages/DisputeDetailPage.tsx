import { useParams } from 'react-router';
import { DisputeDetail } from '../features/disputes/components/DisputeDetail';

export function DisputeDetailPage() {
  const id = Number(useParams().id);
  return <DisputeDetail key={id} id={id} />;
}
