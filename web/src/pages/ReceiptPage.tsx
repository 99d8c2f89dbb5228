import { useParams } from 'react-router';
import { Receipt } from '../features/petitions/components/Receipt';

export function ReceiptPage() {
  return <Receipt id={Number(useParams().id)} />;
}
