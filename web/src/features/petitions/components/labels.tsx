import { FLAGS, type Flag, type PetitionStatus } from '@xinfang/domain';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../../ui/plain';
import { type SnippetPart } from '../api/types';

const STATUS_COLORS: Partial<Record<PetitionStatus, string>> = {
  registered: 'blue',
  accepted: 'cyan',
  forwarded: 'geekblue',
  assigned: 'purple',
  returned: 'red',
  handling: 'orange',
  extended: 'gold',
  answered: 'lime',
  pending_review: 'magenta',
  concluded: 'green',
  in_review: 'volcano',
  in_reexamination: 'volcano',
  final: 'default',
  declined: 'default',
};

export function StatusTag({ status }: { status: PetitionStatus }) {
  const { t } = useTranslation();
  return (
    <Tag colour={STATUS_COLORS[status] ?? 'default'} data-testid="status-tag">
      {t(`statuses.${status}`)}
    </Tag>
  );
}

const FLAG_COLORS: Partial<Record<Flag, string>> = { group: 'volcano', repeat: 'magenta', majorUrgent: 'red', confidential: 'purple' };

/** The flags that are set, as tags. */
export function FlagTags({ flags }: { flags: Partial<Record<Flag, boolean>> }) {
  const { t } = useTranslation();
  return (
    <>
      {FLAGS.filter((f) => flags[f]).map((f) => (
        <Tag key={f} colour={FLAG_COLORS[f]}>
          {t(`flags.${f}`)}
        </Tag>
      ))}
    </>
  );
}

/** A search snippet: plain text with the hits in <mark> (React escapes the text; never HTML). */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return <span className="xf-snippet">{parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</span>;
}
