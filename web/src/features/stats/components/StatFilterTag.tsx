import { UNRECORDED_KEY, type RowDim } from '@xinfang/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Tag } from '../../../ui/plain';
import { dynamicKey } from '../../../i18n/keys';
import { useCategories } from '../../categories/hooks/useCategories';
import { fetchRegion } from '../../orgs/api/orgs';
import { useOrgs } from '../../orgs/hooks/useOrgs';
import type { StatFilter } from '../../petitions/filters';

/** The name of a breakdown's row, as the chart that opened the list names it. */
function useRowName(dim: RowDim | undefined, key: string | undefined): string | undefined {
  const { t } = useTranslation();
  const { data: orgs } = useOrgs();
  const { data: categories } = useCategories();
  const place = dim === 'region' && key && key !== UNRECORDED_KEY ? key : undefined;
  const { data: region } = useQuery({ queryKey: ['region', place], queryFn: () => fetchRegion(place!), enabled: !!place });
  if (!dim || !key) return undefined;
  if (key === UNRECORDED_KEY) return t('stats.unrecorded');
  switch (dim) {
    case 'channel':
      return t(dynamicKey(`channels.${key}`));
    case 'type':
      return t(dynamicKey(`petitionTypes.${key}`));
    case 'category1':
    case 'category2':
    case 'category3':
      return categories?.find((c) => String(c.id) === key)?.name ?? key;
    case 'region':
      return region?.region.fullName ?? key;
    case 'accused':
      return orgs?.find((o) => String(o.id) === key)?.name ?? key;
  }
}

/** 统计：按期办结 · 临朐县信访局 · 2026-11-01 至 2026-11-30 — the work list shows the petitions behind this figure. */
export function StatFilterTag({ filter, onRemove }: { filter: StatFilter; onRemove: () => void }) {
  const { t } = useTranslation();
  const { data: orgs } = useOrgs();
  const row = useRowName(filter.statDim, filter.statKey);
  const org = orgs?.find((o) => o.id === filter.statOrg)?.name ?? `#${filter.statOrg}`;
  const figure = t(`stats.measures.${filter.stat}`);
  return (
    <Tag colour="red" large onRemove={onRemove} removeLabel={t('stats.drillRemove')} data-testid="stat-filter">
      {t('stats.drillTag', { figure: row ? t('stats.drillRow', { figure, row }) : figure, org, from: filter.statFrom, to: filter.statTo })}
    </Tag>
  );
}
