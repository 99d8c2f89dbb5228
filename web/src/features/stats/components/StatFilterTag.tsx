import { useTranslation } from 'react-i18next';
import { Tag } from '../../../ui';
import { useOrgs } from '../../orgs/hooks/useOrgs';
import type { StatFilter } from '../../petitions/filters';

/** 统计：按期办结 · 临朐县信访局 · 2026-11-01 至 2026-11-30 — the work list shows the petitions behind this figure. */
export function StatFilterTag({ filter, onRemove }: { filter: StatFilter; onRemove: () => void }) {
  const { t } = useTranslation();
  const { data: orgs } = useOrgs();
  const org = orgs?.find((o) => o.id === filter.statOrg)?.name ?? `#${filter.statOrg}`;
  return (
    <Tag
      color="red"
      closable={{ 'aria-label': t('stats.drillRemove') }}
      onClose={onRemove}
      data-testid="stat-filter"
      style={{ fontSize: 14, padding: '4px 8px' }}
    >
      {t('stats.drillTag', { figure: t(`stats.measures.${filter.stat}`), org, from: filter.statFrom, to: filter.statTo })}
    </Tag>
  );
}
