import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useHiddenColumns } from './columns';
import { CheckList } from './CheckList';

/** A column: a stable key (what the settings remember), a plain title, its width, and whether it stays at an edge. */
export interface ListColumn<T> {
  key: string;
  title: string;
  width: number;
  fixed?: 'left' | 'right';
  render: (row: T) => ReactNode;
}

/**
 * A wide list drawn without antd: key columns stuck to the edges while the rest scroll sideways, and 列设置 to hide
 * columns, remembered per user in this browser. The fixed columns cannot be hidden.
 */
export function ListTable<T>({
  label,
  settingsKey,
  columns,
  rows,
  rowKey,
  empty,
  testId,
  status,
}: {
  label: string;
  /** Which table of which user: `petitions:12`. */
  settingsKey: string;
  columns: ListColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string | number;
  empty: string;
  testId?: string;
  /** Shown left of 列设置: what the list is doing (loading), as a status. */
  status?: ReactNode;
}) {
  const { t } = useTranslation();
  const { hidden, toggle } = useHiddenColumns(settingsKey);
  const shown = columns.filter((c) => c.fixed || !hidden.includes(c.key));
  const hideable = columns.filter((c) => !c.fixed);
  const cell = (c: ListColumn<T>) => (c.fixed ? `xf-fixed-${c.fixed}` : undefined);
  return (
    <div className="xf-stack" style={{ gap: 8 }}>
      <div className="xf-row" style={{ justifyContent: 'space-between' }}>
        {status}
        <CheckList
          label={t('common.columnSettings')}
          summary={t('common.columnSettings')}
          small
          testId="column-settings"
          options={hideable.map((c) => ({ value: c.key, label: c.title }))}
          value={hideable.filter((c) => !hidden.includes(c.key)).map((c) => c.key)}
          // One box changes at a time: the column whose shown state is not what it was.
          onChange={(next) => {
            const changed = hideable.find((c) => next.includes(c.key) === hidden.includes(c.key));
            if (changed) toggle(changed.key);
          }}
        />
      </div>
      {/* A box that scrolls sideways is reached by Tab, so the keyboard can scroll it too (axe scrollable-region-focusable). */}
      <div className="xf-table-wrap" data-testid={testId} tabIndex={0} role="region" aria-label={label}>
        <table className="xf-table" aria-label={label}>
          <colgroup>
            {shown.map((c) => (
              <col key={c.key} style={{ width: c.width }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {shown.map((c) => (
                <th key={c.key} scope="col" className={cell(c)}>
                  {c.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={shown.length} className="xf-table-empty">
                  {empty}
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={rowKey(row)} data-row-key={rowKey(row)}>
                  {shown.map((c) => (
                    <td key={c.key} className={cell(c)}>
                      {c.render(row)}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
