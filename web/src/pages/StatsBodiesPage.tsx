import { BodiesTable } from '../features/stats/components/BodiesTable';

export function StatsBodiesPage() {
  return <BodiesTable />;
}
