import { StatsDashboard } from '../features/stats/components/StatsDashboard';

export function StatsPage() {
  return <StatsDashboard />;
}
