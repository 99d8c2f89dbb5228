import { UsersManager } from '../features/users/components/UsersManager';

export function UsersPage() {
  return <UsersManager />;
}
