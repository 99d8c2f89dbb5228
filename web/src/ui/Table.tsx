import { Empty, Table as AntTable, type TableProps } from 'antd';
import { useEffect, useRef } from 'react';

/**
 * antd's Table with two accessibility fixes: a table that scrolls can be scrolled from the keyboard (its scroll box
 * takes focus, axe's scrollable-region-focusable), and a plain empty text is shown as antd's Empty, whose text has
 * the description colour (the table's own placeholder colour is too light to read).
 */
function AccessibleTable<T extends object>({ locale, ...props }: TableProps<T>) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body').forEach((el) => {
      const scrolls = el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight;
      if (scrolls) el.tabIndex = 0;
      else el.removeAttribute('tabindex');
    });
  });
  const empty = locale?.emptyText;
  return (
    <div ref={box}>
      <AntTable<T>
        {...props}
        locale={{
          ...locale,
          emptyText: typeof empty === 'string' ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> : empty,
        }}
      />
    </div>
  );
}

/** With antd's parts (Table.Summary) as antd has them. */
export const Table = Object.assign(AccessibleTable, { Summary: AntTable.Summary });
