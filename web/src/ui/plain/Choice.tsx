/**
 * One choice from a list, drawn by the browser (<select> with its <label>); `all` adds a first option for no choice
 * (the empty value, given to onChange as undefined).
 */
export function Choice<V extends string>({
  id,
  label,
  value,
  options,
  all,
  onChange,
}: {
  id: string;
  label: string;
  value: V | undefined;
  options: readonly { value: V; label: string }[];
  all?: string;
  onChange: (value: V | undefined) => void;
}) {
  return (
    <span className="xf-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="xf-select" value={value ?? ''} onChange={(e) => onChange((e.target.value || undefined) as V | undefined)}>
        {all !== undefined && <option value="">{all}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}
