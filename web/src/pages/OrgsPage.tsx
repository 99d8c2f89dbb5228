import { OrgsManager } from '../features/orgs/components/OrgsManager';

export function OrgsPage() {
  return <OrgsManager />;
}
