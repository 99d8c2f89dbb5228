import { useEffect, useState } from 'react';
import type { PublicOrg } from '../api/types';
import { searchPublicOrgs } from '../api/portal';
import { useT } from '../i18n';

interface Props {
  id?: string;
  /** The chosen body; null when the petitioner is not sure (staff then determine it before routing). */
  value?: number | null;
  /** The body's id and the body (its name for the check-your-answers page). */
  onChange?: (value: number | null, org: PublicOrg | null) => void;
  'aria-describedby'?: string;
}

/**
 * The accused body, found by name in the public directory: a search box and native radio buttons (the phone's own
 * controls, plain form controls for screen readers), with "not sure" always offered and chosen by default.
 */
export function AccusedOrgField({ id = 'accusedOrgId', value = null, onChange, ...aria }: Props) {
  const { t } = useT();
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
    onChange?.(org?.id ?? null, org);
  };
  const shown = chosen && !found.some((o) => o.id === chosen.id) ? [chosen, ...found] : found;
  return (
    <div className="xf-accused">
      <input
        id={id}
        type="search"
        className="xf-input"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder={t('submit.accusedOrgSearch')}
        aria-describedby={[aria['aria-describedby'], `${id}-help`].filter(Boolean).join(' ')}
        maxLength={50}
      />
      <p id={`${id}-help`} className="xf-hint">
        {failed ? t('submit.accusedOrgFailed') : t('submit.accusedOrgHint')}
      </p>
      <fieldset className="xf-fieldset xf-radios">
        <legend className="xf-visually-hidden">{t('submit.accusedOrg')}</legend>
        {shown.map((o) => (
          <div key={o.id} className="xf-radio">
            <input id={`${id}-${o.id}`} type="radio" name={`${id}-choice`} checked={value === o.id} onChange={() => choose(o)} />
            <label htmlFor={`${id}-${o.id}`}>
              {o.name}
              {o.parentName && <span className="xf-hint">（{o.parentName}）</span>}
            </label>
          </div>
        ))}
        <div className="xf-radio">
          <input id={`${id}-unsure`} type="radio" name={`${id}-choice`} checked={value === null} onChange={() => choose(null)} />
          <label htmlFor={`${id}-unsure`}>{t('submit.accusedOrgUnsure')}</label>
        </div>
      </fieldset>
    </div>
  );
}
