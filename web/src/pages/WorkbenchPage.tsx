import { Workbench } from '../features/workbench/components/Workbench';

export function WorkbenchPage() {
  return <Workbench />;
}
