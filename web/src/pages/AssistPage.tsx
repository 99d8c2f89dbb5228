import { AssistManager } from '../features/assist/components/AssistManager';

export function AssistPage() {
  return <AssistManager />;
}
