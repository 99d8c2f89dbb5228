import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MenuEntry } from '../menu';

/** The side menu: links, with the stats and admin groups under their names; the current page marked. */
export function MenuNav({ menu, selected, open, onFollow }: { menu: MenuEntry[]; selected: string; open: boolean; onFollow: () => void }) {
  const { t } = useTranslation();
  const item = (m: MenuEntry) =>
    m.children ? (
      <li key={m.key}>
        <span className="xf-nav-group xf-nav-label">{t(m.labelKey)}</span>
        <ul>{m.children.map(item)}</ul>
      </li>
    ) : (
      <li key={m.key}>
        <Link to={m.path ?? m.key} className="xf-nav-label" aria-current={m.key === selected ? 'page' : undefined} onClick={onFollow}>
          {t(m.labelKey)}
        </Link>
      </li>
    );
  return (
    <nav id="xf-nav" className="xf-nav" aria-label={t('app.name')} data-open={open}>
      <ul>{menu.map(item)}</ul>
    </nav>
  );
}
