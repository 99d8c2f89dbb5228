import { TemplatesManager } from '../features/documents/components/TemplatesManager';

export function DocumentTemplatesPage() {
  return <TemplatesManager />;
}
