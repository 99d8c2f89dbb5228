import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ATTENTION_COLOUR } from '../../../ui';
import type { ListFilters } from '../../petitions/api/types';
import { drillUrl, type Figure } from '../drill';

interface Props {
  figure: Figure;
  /** The value as shown (a count, 85.0%, 12.5 天). */
  children: string | number;
  /** The list behind it is empty: shown as plain text. */
  empty?: boolean;
  filter?: ListFilters;
  /** What the value is, for the link's accessible name (default: the figure's name). */
  name?: string;
  /** The value needs attention (@xinfang/domain countNeedsAttention, rateNeedsAttention): the one case it is coloured. */
  attention?: boolean;
}

// A figure reads as text, the warning colour kept for what needs attention (4.5:1 on white either way).
const NEUTRAL = { color: 'inherit' };
const ATTENTION = { color: ATTENTION_COLOUR };

/** A number on the statistics pages that opens the work list of the petitions behind it. */
export function FigureLink({ figure, children, empty, filter, name, attention = false }: Props) {
  const { t } = useTranslation();
  const style = attention ? ATTENTION : NEUTRAL;
  const mark = attention ? 'attention' : 'neutral';
  if (empty) return <span data-figure={mark}>{children}</span>;
  const label = t('stats.openList', { figure: name ?? t(`stats.measures.${figure.stat}`), value: children });
  return (
    <Link to={drillUrl(figure, filter)} aria-label={label} title={label} style={style} data-figure={mark}>
      {children}
    </Link>
  );
}
