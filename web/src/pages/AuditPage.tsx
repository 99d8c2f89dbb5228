import { AuditLog } from '../features/audit/components/AuditLog';

export function AuditPage() {
  return <AuditLog />;
}
