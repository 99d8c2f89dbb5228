import { dueShort } from '@xinfang/domain';
import type { Assignment } from '../../api/types';

/** The colour of an assignment's state, in the flow and in the responsibility table. */
export const ASSIGNMENT_COLOURS: Record<Assignment['status'], string> = {
  pending: 'blue',
  received: 'green',
  returned: 'red',
  done: 'default',
  withdrawn: 'default',
};

export const due = (iso: string | null) => (iso ? dueShort(iso) : '—');
export const dash = (s: string | null | undefined) => (s && s.trim() ? s : '—');
export const Pre = ({ text }: { text: string | null | undefined }) => <div style={{ whiteSpace: 'pre-wrap' }}>{dash(text)}</div>;
