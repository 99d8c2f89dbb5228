import { CHANNELS, DEADLINE_FILTERS, PETITION_STATUSES, PETITION_TYPES } from '@xinfang/domain';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { lazy, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatDate } from '../../../ui/format';
import { Antd, CheckList, Choice, ListTable, Loading, PageHeader, Tag, type ListColumn } from '../../../ui/plain';
import { useCurrentUser } from '../../auth/hooks/useMe';
import { StatFilterTag } from '../../stats/components/StatFilterTag';
import { exportUrl, fetchByHandler, fetchPetitions } from '../api/petitions';
import { type ListFilters, type PetitionListItem } from '../api/types';
import { FLAG_FILTERS, filtersToSearch, receptionOf, searchToFilters, statOf, withoutReception, withoutStat } from '../filters';
import { DeadlineCell } from './DeadlineCell';
import { FlagTags, Snippet, StatusTag } from './labels';

// Drawn with antd, loaded when used: the list shows without them (docs/PERFORMANCE.md § Web).
const MoreFilters = lazy(() => import('./MoreFilters').then((m) => ({ default: m.MoreFilters })));
const SavedFilters = lazy(() => import('./SavedFilters').then((m) => ({ default: m.SavedFilters })));

const SORTS = ['receivedAt:desc', 'receivedAt:asc', 'registeredAt:desc', 'registeredAt:asc', 'dueAt:asc'] as const;
/** The first screens' filters the form has no field for: kept by 重置 as the drill-down is, each shown as a tag. */
const KEPT = ['handlerId', 'unhandled', 'dueWithin'] as const;
const hasMore = (f: ListFilters) => !!(f.categoryId || f.regionCode || f.orgId || f.from || f.to);

/**
 * The first screens' filters the form has no field for (the 承办人 or that there is none yet, the working days
 * left, a compliance report's matters): kept while the other filters change, each shown as a tag that removes it.
 */
function KeptFilterTags({ filters, onChange }: { filters: ListFilters; onChange: (f: ListFilters) => void }) {
  const { t } = useTranslation();
  const { handlerId, unhandled, dueWithin } = filters;
  const handlers = useQuery({ queryKey: ['petitions', 'by-handler'], queryFn: fetchByHandler, enabled: !!handlerId });
  const reception = receptionOf(filters);
  if (!handlerId && !unhandled && !dueWithin && !reception) return null;
  const name = handlers.data?.rows.find((r) => r.handler.id === handlerId)?.handler.name ?? `#${handlerId}`;
  const drop = (key: string) => (key === 'reception' ? withoutReception(filters) : { ...filters, [key]: undefined });
  const tags = [
    ...(handlerId ? [{ key: 'handlerId', text: t('list.handlerTag', { name }) }] : []),
    ...(unhandled ? [{ key: 'unhandled', text: t('list.unhandledTag') }] : []),
    ...(dueWithin ? [{ key: 'dueWithin', text: t('list.dueWithinTag', { days: dueWithin }) }] : []),
    ...(reception
      ? [
          {
            key: 'reception',
            text: t('list.receptionTag', {
              figure: t(`reception.compliance.figures.${reception.receptionFigure}`),
              from: reception.receptionFrom,
              to: reception.receptionTo,
            }),
          },
        ]
      : []),
  ];
  return (
    <div className="xf-row">
      {tags.map(({ key, text }) => (
        <Tag
          key={key}
          colour="blue"
          large
          onRemove={() => onChange(drop(key))}
          removeLabel={t('list.dropKept', { filter: text })}
          data-testid={`kept-filter-${key}`}
        >
          {text}
        </Tag>
      ))}
    </div>
  );
}

/** 常用筛选: its buttons at once; the menu and the save dialog (antd) loaded on the first click. */
function SavedFiltersButtons({ current, onApply }: { current: ListFilters; onApply: (f: ListFilters) => void }) {
  const { t } = useTranslation();
  const [first, setFirst] = useState<'menu' | 'save' | null>(null);
  const buttons = (
    <>
      <button type="button" className="xf-btn" disabled={!!first} onClick={() => setFirst('menu')}>
        {t('list.savedFilters')} ▾
      </button>
      <button type="button" className="xf-btn" disabled={!!first} onClick={() => setFirst('save')}>
        {t('list.saveFilter')}
      </button>
    </>
  );
  if (!first) return buttons;
  return (
    <Antd fallback={buttons}>
      <SavedFilters current={current} onApply={onApply} opened={first} />
    </Antd>
  );
}

/** 信访事项: filters kept in the URL, keyset paging, search snippets, saved filters and Excel export. Drawn without antd. */
export function PetitionList() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => searchToFilters(params), [params]);
  const stat = statOf(filters);
  // The form edits a copy; 查询 sends it to the URL.
  const [draft, setDraft] = useState<ListFilters>(filters);
  const [moreOpen, setMoreOpen] = useState(hasMore(filters));
  useEffect(() => setDraft(filters), [filters]);
  const edit = (patch: Partial<ListFilters>) => setDraft((d) => ({ ...d, ...patch }));

  const list = useInfiniteQuery({
    queryKey: ['petitions', 'list', filters],
    queryFn: ({ pageParam }) => fetchPetitions(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  const apply = (f: ListFilters) => setParams(filtersToSearch(f));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    apply({ ...draft, q: draft.q?.trim() || undefined });
  };
  // What the filters keep when reset: the drill-down and the first screens' own filters.
  const reset = () => apply({ ...stat, ...receptionOf(filters), ...Object.fromEntries(KEPT.map((k) => [k, filters[k]])) });

  // The number stays at the left and the deadline at the right; the rest scroll between them at 1366 px.
  const columns: ListColumn<PetitionListItem>[] = [
    { key: 'number', title: t('list.number'), fixed: 'left', width: 150, render: (p) => <Link to={`/petitions/${p.id}`}>{p.number}</Link> },
    {
      key: 'subject',
      title: t('list.subject'),
      width: 340,
      render: (p) => (
        <>
          <div>{p.title}</div>
          {p.snippet && p.snippet.length > 0 && (
            <div className="xf-muted xf-small">
              <Snippet parts={p.snippet} />
            </div>
          )}
        </>
      ),
    },
    { key: 'channel', title: t('list.channel'), width: 90, render: (p) => t(`channels.${p.channel}`) },
    { key: 'type', title: t('list.type'), width: 90, render: (p) => t(`petitionTypes.${p.type}`) },
    { key: 'status', title: t('list.status'), width: 90, render: (p) => <StatusTag status={p.status} /> },
    {
      key: 'mainPetitioner',
      title: t('list.mainPetitioner'),
      width: 110,
      render: (p) => p.mainPetitioner?.name ?? (p.flags.anonymous ? t('list.anonymousName') : '—'),
    },
    { key: 'receivedAt', title: t('list.receivedAt'), width: 110, render: (p) => formatDate(p.receivedAt) },
    { key: 'org', title: t('list.org'), width: 150, render: (p) => p.org.name },
    { key: 'flags', title: t('list.flags'), width: 160, render: (p) => <FlagTags flags={p.flags} /> },
    { key: 'deadline', title: t('deadline.column'), fixed: 'right', width: 170, render: (p) => <DeadlineCell clock={p.deadline} /> },
  ];
  const sortLabel = (s: (typeof SORTS)[number]) => {
    if (s === 'dueAt:asc') return t('list.sortDue');
    const [by, order] = s.split(':');
    return `${t(by === 'receivedAt' ? 'list.sortReceived' : 'list.sortRegistered')}，${t(`list.${order as 'asc' | 'desc'}`)}`;
  };

  return (
    <div className="xf-stack">
      <PageHeader
        title={t('list.title')}
        actions={
          <>
            <SavedFiltersButtons current={filters} onApply={apply} />
            {me.permissions.includes('petition.export') && (
              <a className="xf-btn" href={exportUrl(filters)}>
                {t('list.export')}
              </a>
            )}
          </>
        }
      />
      <form className="xf-card xf-stack" style={{ gap: 12 }} name="petitionFilters" onSubmit={submit} role="search">
        {/* A drill-down from the statistics stays while the other filters change; its tag removes it. */}
        {stat && (
          <div>
            <StatFilterTag filter={stat} onRemove={() => apply(withoutStat(filters))} />
          </div>
        )}
        <KeptFilterTags filters={filters} onChange={apply} />
        <div className="xf-row">
          <span className="xf-field">
            <label htmlFor="list-q">{t('list.q')}</label>
            <input
              id="list-q"
              type="search"
              className="xf-input"
              style={{ width: 280 }}
              placeholder={t('list.qPlaceholder')}
              value={draft.q ?? ''}
              onChange={(e) => edit({ q: e.target.value })}
            />
          </span>
          <CheckList
            label={t('list.status')}
            testId="filter-status"
            value={draft.status ?? []}
            onChange={(status) => edit({ status: status.length ? status : undefined })}
            options={PETITION_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          />
          <CheckList
            label={t('list.channel')}
            testId="filter-channel"
            value={draft.channel ?? []}
            onChange={(channel) => edit({ channel: channel.length ? channel : undefined })}
            options={CHANNELS.map((s) => ({ value: s, label: t(`channels.${s}`) }))}
          />
          <Choice
            id="list-type"
            label={t('list.type')}
            all={t('common.all')}
            value={draft.type}
            onChange={(type) => edit({ type })}
            options={PETITION_TYPES.map((s) => ({ value: s, label: t(`petitionTypes.${s}`) }))}
          />
          <Choice
            id="list-deadline"
            label={t('deadline.column')}
            all={t('common.all')}
            value={draft.deadline}
            onChange={(deadline) => edit({ deadline })}
            options={DEADLINE_FILTERS.map((g) => ({ value: g, label: g === 'open' ? t('deadline.anyOpen') : t(`deadline.grades.${g}`) }))}
          />
          <Choice
            id="list-sort"
            label={t('list.sort')}
            value={`${draft.sort ?? 'receivedAt'}:${draft.order ?? 'desc'}` as (typeof SORTS)[number]}
            onChange={(v) => {
              const [sort, order] = (v ?? 'receivedAt:desc').split(':') as [ListFilters['sort'], ListFilters['order']];
              edit({ sort, order });
            }}
            options={SORTS.map((s) => ({ value: s, label: sortLabel(s) }))}
          />
        </div>
        <fieldset className="xf-row" style={{ border: 0, margin: 0, padding: 0 }}>
          <legend style={{ float: 'left', marginInlineEnd: 8 }}>{t('list.flags')}</legend>
          {FLAG_FILTERS.map((k) => (
            <label key={k}>
              <input type="checkbox" checked={draft[k] === true} onChange={(e) => edit({ [k]: e.target.checked || undefined })} />{' '}
              {t(`flags.${k}`)}
            </label>
          ))}
        </fieldset>
        {moreOpen && (
          <Antd fallback={<Loading />}>
            <MoreFilters value={draft} onChange={edit} />
          </Antd>
        )}
        <div className="xf-row" style={{ gap: 8 }}>
          <button type="submit" className="xf-btn xf-btn-primary">
            {t('common.search')}
          </button>
          <button type="button" className="xf-btn" onClick={reset}>
            {t('common.reset')}
          </button>
          <button type="button" className="xf-link-btn" aria-expanded={moreOpen} onClick={() => setMoreOpen(!moreOpen)}>
            {t(moreOpen ? 'list.lessFilters' : 'list.moreFilters')}
          </button>
        </div>
      </form>
      <ListTable<PetitionListItem>
        label={t('list.title')}
        settingsKey={`petitions:${me.id}`}
        columns={columns}
        rows={rows}
        rowKey={(p) => p.id}
        empty={list.isPending ? t('app.loading') : t('common.empty')}
        testId="petition-list"
        status={
          <p className="xf-muted" role="status" style={{ margin: 0 }} data-testid="list-state" data-fetching={list.isFetching}>
            {list.isFetching && !list.isFetchingNextPage ? t('app.loading') : ''}
          </p>
        }
      />
      {list.error && (
        <p className="xf-error" role="alert">
          {list.error.message}
        </p>
      )}
      {list.hasNextPage ? (
        <button type="button" className="xf-btn" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
          {t('common.loadMore')}
        </button>
      ) : (
        rows.length > 0 && <p className="xf-muted">{t('common.noMore')}</p>
      )}
    </div>
  );
}
