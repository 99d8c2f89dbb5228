import { useCallback, useEffect, useState } from 'react';
import type { Region } from '../../../api/types';
import { fetchPlaces } from '../api/portal';
import { useT } from '../i18n';

const LEVELS = ['province', 'city', 'county', 'township'] as const;

interface Props {
  id?: string;
  /** The chosen codes from the province down. */
  value?: string[];
  /** The codes chosen and their names (for the check-your-answers page). */
  onChange?: (value: string[], names: string[]) => void;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean | 'true' | 'false';
  'aria-required'?: boolean | 'true' | 'false';
}

/**
 * The place of the problem as four native selects (province → city → county → township), each with its label:
 * the phone's own picker on mobile, plain form controls for screen readers; the next level loads on choice.
 */
export function PlaceSelect({ id = 'place', value = [], onChange, ...aria }: Props) {
  const { t } = useT();
  const [children, setChildren] = useState<Record<string, Region[]>>({});
  const [loading, setLoading] = useState(0);
  const [failed, setFailed] = useState<string | null>(null);

  const load = useCallback(async (parent: string) => {
    setLoading((n) => n + 1);
    try {
      const items = await fetchPlaces(parent || undefined);
      setChildren((c) => ({ ...c, [parent]: items }));
      setFailed(null);
    } catch (e) {
      setFailed(e instanceof Error ? e.message : String(e));
    } finally {
      setLoading((n) => n - 1);
    }
  }, []);

  // The provinces, then the children of every chosen level that has some and is not loaded yet.
  const wanted = ['', ...value].filter((code, i) => {
    if (code in children) return false;
    if (i === 0) return true;
    const parentList = children[i === 1 ? '' : value[i - 2]!];
    return !!parentList?.find((r) => r.code === code)?.hasChildren && i < LEVELS.length;
  });
  const wantedKey = JSON.stringify(wanted);
  useEffect(() => {
    for (const code of JSON.parse(wantedKey) as string[]) void load(code);
    // Each wanted level once: the key lists them.
  }, [wantedKey, load]);

  const choose = (level: number, code: string) => {
    const next = [...value.slice(0, level), ...(code ? [code] : [])];
    onChange?.(
      next,
      next.map((c, i) => children[i === 0 ? '' : next[i - 1]!]?.find((r) => r.code === c)?.name ?? c),
    );
  };

  return (
    <div className="xf-place">
      {LEVELS.map((level, i) => {
        const parent = i === 0 ? '' : value[i - 1];
        if (parent === undefined) return null;
        const options = children[parent];
        if (i > 0 && options && options.length === 0) return null;
        const selectId = i === 0 ? id : `${id}_${level}`;
        return (
          <div key={level}>
            <label htmlFor={selectId}>{t(`submit.${level}`)}</label>
            <select
              id={selectId}
              className="xf-select"
              value={value[i] ?? ''}
              onChange={(e) => choose(i, e.target.value)}
              {...(i === value.length ? aria : { 'aria-describedby': aria['aria-describedby'] })}
            >
              <option value="">{options ? t('submit.choose') : t('submit.placeLoading')}</option>
              {options?.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        );
      })}
      <div role="status" className="xf-visually-hidden">
        {loading > 0 ? t('submit.placeLoading') : ''}
      </div>
      {failed && (
        <p role="alert" className="xf-error-message">
          {failed}
        </p>
      )}
    </div>
  );
}
