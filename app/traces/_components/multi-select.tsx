import { tc } from "../_lib/tc";

/**
 * A multi-select that fits one filter cell: a disclosure whose summary names the choices and whose checkboxes submit
 * as repeated keys (`name=a&name=b`) with the GET form around it. No script needed.
 */
export function MultiSelect({
  label,
  name,
  options,
  selected,
  anyLabel,
}: {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  selected: string[];
  anyLabel: string;
}) {
  const chosen = options.filter((o) => selected.includes(o.value)).map((o) => o.label);
  return (
    <div className={tc("field")}>
      <span className={tc("field-label")} id={`f-${name}-label`}>
        {label}
      </span>
      <details className={tc("multi-select")} data-filter={name}>
        <summary aria-describedby={`f-${name}-label`}>{chosen.length > 0 ? chosen.join(", ") : anyLabel}</summary>
        <fieldset>
          <legend className={tc("visually-hidden")}>{label}</legend>
          {options.length === 0 && <p className={tc("muted")}>None yet</p>}
          {options.map((o) => (
            <label key={o.value}>
              <input type="checkbox" name={name} value={o.value} defaultChecked={selected.includes(o.value)} />{" "}
              {o.label}
            </label>
          ))}
        </fieldset>
      </details>
    </div>
  );
}
