import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
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
}

/** A number on the statistics pages that opens the work list of the petitions behind it. */
export function FigureLink({ figure, children, empty, filter, name }: Props) {
  const { t } = useTranslation();
  if (empty) return <span>{children}</span>;
  const label = t('stats.openList', { figure: name ?? t(`stats.measures.${figure.stat}`), value: children });
  return (
    <Link to={drillUrl(figure, filter)} aria-label={label} title={label}>
      {children}
    </Link>
  );
}
