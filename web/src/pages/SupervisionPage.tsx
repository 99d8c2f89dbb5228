import { Supervision } from '../features/workflow/components/Supervision';

export function SupervisionPage() {
  return <Supervision />;
}
