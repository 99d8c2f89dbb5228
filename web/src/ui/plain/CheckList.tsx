import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDismiss } from './useDismiss';

/**
 * A multiple choice drawn by the browser: a disclosure whose summary names the field and what is chosen (or says
 * `summary`), opening on a list of checkboxes. Closes on Esc or a click elsewhere. `small`: a toolbar's button.
 */
export function CheckList<V extends string>({
  label,
  options,
  value,
  onChange,
  testId,
  summary,
  small = false,
}: {
  label: string;
  options: { value: V; label: string }[];
  value: readonly V[];
  onChange: (value: V[]) => void;
  testId?: string;
  summary?: ReactNode;
  small?: boolean;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDetailsElement>(null);
  useDismiss(ref);
  const chosen = options.filter((o) => value.includes(o.value)).map((o) => o.label);
  return (
    <details ref={ref} className={small ? 'xf-check-list xf-check-list-small' : 'xf-check-list'} data-testid={testId}>
      <summary>
        {summary ?? (
          <>
            {label}：
            {chosen.length === 0
              ? t('common.all')
              : chosen.length === 1
                ? chosen[0]
                : t('list.chosen', { first: chosen[0], count: chosen.length, more: chosen.length - 1 })}
          </>
        )}
      </summary>
      <fieldset>
        <legend className="xf-visually-hidden">{label}</legend>
        {options.map((o) => (
          <label key={o.value}>
            <input
              type="checkbox"
              checked={value.includes(o.value)}
              onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
            />{' '}
            {o.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
