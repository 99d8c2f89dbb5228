import { Button, Dropdown, Flex, type TableProps } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAGE_HEADER_HEIGHT, useHiddenColumns } from './plain';
import { Table } from './Table';

/** A wide table's column: a stable key (what the settings remember) and a plain title (what they list). */
export interface WideColumn<T> extends ColumnType<T> {
  key: string;
  title: string;
}

type Props<T> = Omit<TableProps<T>, 'columns' | 'scroll' | 'sticky'> & {
  /** Which table of which user: `petitions:12`. */
  settingsKey: string;
  /** Fixed columns (`fixed: 'left' | 'right'`) stay in view while the rest scroll and cannot be hidden. */
  columns: WideColumn<T>[];
};

/**
 * Every wide table: key columns fixed at the edges, the rest scrolled sideways, the header sticky below the page
 * header, and a 列设置 menu to hide columns, remembered per user.
 */
export function WideTable<T extends object>({ settingsKey, columns, ...table }: Props<T>) {
  const { t } = useTranslation();
  const { hidden, toggle } = useHiddenColumns(settingsKey);
  const [open, setOpen] = useState(false);
  const shown = columns.filter((c) => c.fixed || !hidden.includes(c.key));
  const width = shown.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 120), 0);
  const hideable = columns.filter((c) => !c.fixed);
  return (
    <Flex vertical gap={8}>
      <Flex justify="end">
        <Dropdown
          open={open}
          // Stays open while boxes are ticked; closes on a click outside or Esc.
          onOpenChange={(next, info) => (info.source === 'trigger' || !next) && setOpen(next)}
          trigger={['click']}
          menu={{
            // A tick per shown column, announced as a checkbox item (a real checkbox inside a menu item would nest
            // two controls).
            items: hideable.map((c) => ({
              key: c.key,
              role: 'menuitemcheckbox',
              'aria-checked': !hidden.includes(c.key),
              label: c.title,
              icon: (
                <span aria-hidden style={{ display: 'inline-block', width: 16 }}>
                  {hidden.includes(c.key) ? '' : '✓'}
                </span>
              ),
            })),
            onClick: ({ key, domEvent }) => {
              domEvent.preventDefault();
              toggle(key);
            },
          }}
        >
          <Button size="small" data-testid="column-settings">
            {t('common.columnSettings')}
          </Button>
        </Dropdown>
      </Flex>
      <Table<T> {...table} columns={shown} scroll={{ x: width }} sticky={{ offsetHeader: PAGE_HEADER_HEIGHT }} />
    </Flex>
  );
}
