import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicOrg } from '../api/types';
import { searchPublicOrgs } from '../api/portal';

interface Props {
  id?: string;
  /** The chosen body; null when the petitioner is not sure (staff then determine it before routing). */
  value?: number | null;
  onChange?: (value: number | null) => void;
}

/**
 * The accused body, found by name in the public directory: a search box and native radio buttons (the phone's own
 * controls, plain form controls for screen readers), with "not sure" always offered and chosen by default.
 */
export function AccusedOrgField({ id = 'accusedOrgId', value = null, onChange }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<PublicOrg[]>([]);
  const [chosen, setChosen] = useState<PublicOrg | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const words = q.trim();
    if (!words) return setFound([]);
    // Typing settles before the directory is asked.
    const timer = setTimeout(() => {
      searchPublicOrgs(words).then(
        (items) => {
          setFound(items);
          setFailed(false);
        },
        () => setFailed(true),
      );
    }, 300);
    return () => clearTimeout(timer);
  }, [q]);

  const choose = (org: PublicOrg | null) => {
    setChosen(org);
    onChange?.(org?.id ?? null);
  };
  const shown = chosen && !found.some((o) => o.id === chosen.id) ? [chosen, ...found] : found;
  return (
    <div className="xf-portal-accused">
      <input
        id={id}
        type="search"
        className="xf-portal-select"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder={t('portal.submit.accusedOrgSearch')}
        aria-describedby={`${id}-help`}
        maxLength={50}
      />
      <p id={`${id}-help`} className="xf-portal-muted">
        {failed ? t('portal.submit.accusedOrgFailed') : t('portal.submit.accusedOrgHint')}
      </p>
      <fieldset className="xf-portal-choices">
        <legend className="xf-visually-hidden">{t('portal.submit.accusedOrg')}</legend>
        {shown.map((o) => (
          <label key={o.id} className="xf-portal-choice">
            <input type="radio" name={`${id}-choice`} checked={value === o.id} onChange={() => choose(o)} />
            <span>
              {o.name}
              {o.parentName && <span className="xf-portal-muted">（{o.parentName}）</span>}
            </span>
          </label>
        ))}
        <label className="xf-portal-choice">
          <input type="radio" name={`${id}-choice`} checked={value === null} onChange={() => choose(null)} />
          <span>{t('portal.submit.accusedOrgUnsure')}</span>
        </label>
      </fieldset>
    </div>
  );
}
