import { useEffect, useRef, type InputHTMLAttributes, type ReactNode } from 'react';
import { useT } from '../i18n';

/** What a control needs to be tied to its hint and error (GOV.UK's pattern: label, hint, error, control). */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/**
 * A labelled field: its hint and error above the control, both read with it. `group` makes it a fieldset whose
 * legend names several controls (the place's four levels).
 */
export function Field({
  id,
  label,
  hint,
  error,
  required,
  group,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  group?: boolean;
  children: (control: ControlProps) => ReactNode;
}) {
  const Box = group ? 'fieldset' : 'div';
  const Label = group ? 'legend' : 'label';
  return (
    <Box className={`xf-field${group ? ' xf-fieldset' : ''}${error ? ' xf-field-error' : ''}`}>
      <Label className="xf-label" htmlFor={group ? undefined : id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </Label>
      {hint && (
        <div id={`${id}-hint`} className="xf-hint">
          {hint}
        </div>
      )}
      <ErrorMessage id={id} error={error} />
      {children({
        id,
        'aria-describedby': describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`),
        'aria-invalid': error ? true : undefined,
      })}
    </Box>
  );
}

/** A one-line text field: Field around a native input whose value is a string. */
export function TextField({
  id,
  label,
  hint,
  error,
  required,
  value,
  onChange,
  ...input
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  value: string | undefined;
  onChange: (value: string) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      {(c) => <input {...input} {...c} className="xf-input" value={value ?? ''} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

export function ErrorMessage({ id, error }: { id: string; error?: string }) {
  const { t } = useT();
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="xf-error-message">
      <span className="xf-visually-hidden">{t('submit.errorPrefix')}</span>
      {error}
    </p>
  );
}

/**
 * Radio buttons in a fieldset, each a large touch target; the first one carries `id`, so an error summary's link
 * lands on it.
 */
export function Radios<V extends string>({
  id,
  legend,
  options,
  value,
  onChange,
  error,
  required,
}: {
  id: string;
  legend: ReactNode;
  options: readonly { value: V; label: ReactNode; hint?: ReactNode }[];
  value: V | undefined;
  onChange: (value: V) => void;
  error?: string;
  required?: boolean;
}) {
  return (
    <fieldset
      className={error ? 'xf-field xf-fieldset xf-field-error' : 'xf-field xf-fieldset'}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="xf-label">
        {legend}
        {required && <span aria-hidden="true"> *</span>}
      </legend>
      <ErrorMessage id={id} error={error} />
      <div className="xf-radios">
        {options.map((o, i) => {
          const optionId = i === 0 ? id : `${id}-${o.value}`;
          return (
            <div key={o.value} className="xf-radio">
              <input
                id={optionId}
                type="radio"
                name={id}
                value={o.value}
                checked={value === o.value}
                onChange={() => onChange(o.value)}
                aria-describedby={o.hint ? `${optionId}-hint` : undefined}
              />
              <label htmlFor={optionId}>
                {o.label}
                {o.hint && (
                  <span id={`${optionId}-hint`} className="xf-hint">
                    {o.hint}
                  </span>
                )}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function Checkbox({
  id,
  checked,
  onChange,
  children,
  hint,
}: {
  id: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  children: ReactNode;
  hint?: ReactNode;
}) {
  return (
    <div className="xf-checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>
        {children}
        {hint && (
          <span id={`${id}-hint`} className="xf-hint">
            {hint}
          </span>
        )}
      </label>
    </div>
  );
}

/** An error shown in words (role="alert"), for what belongs to no field. */
export function Problem({ children }: { children: ReactNode }) {
  return (
    <div role="alert" className="xf-problem">
      {children}
    </div>
  );
}

/** Moves the focus to a field (an error summary's link, a 修改 link) and brings it into view. */
export function focusField(id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.focus();
}

/**
 * GOV.UK's error summary: after a failed submit, at the top of the form, focused, each error a link to its field
 * (the same words are shown at the field). `shown` changes on every failed attempt, so the focus moves again.
 */
export function ErrorSummary({ errors, shown }: { errors: { id?: string; message: string }[]; shown: number }) {
  const { t } = useT();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (shown) {
      box.current?.scrollIntoView({ block: 'start' });
      box.current?.focus();
    }
  }, [shown]);
  if (!errors.length) return null;
  return (
    <div
      ref={box}
      className="xf-error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby="xf-error-summary-title"
      data-testid="error-summary"
    >
      <h2 id="xf-error-summary-title">{t('submit.errorSummary')}</h2>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>
            {e.id ? (
              <a
                href={`#${e.id}`}
                onClick={(ev) => {
                  ev.preventDefault();
                  focusField(e.id!);
                }}
              >
                {e.message}
              </a>
            ) : (
              e.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
