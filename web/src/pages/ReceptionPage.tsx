import { ReceptionManager } from '../features/reception/components/ReceptionManager';

export function ReceptionPage() {
  return <ReceptionManager />;
}
