import { StatsReports } from '../features/stats/components/StatsReports';

export function StatsReportsPage() {
  return <StatsReports />;
}
