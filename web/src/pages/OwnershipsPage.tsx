import { Ownerships } from '../features/workflow/components/Ownerships';

export function OwnershipsPage() {
  return <Ownerships />;
}
