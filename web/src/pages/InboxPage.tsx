import { Inbox } from '../features/workflow/components/Inbox';

export function InboxPage() {
  return <Inbox />;
}
