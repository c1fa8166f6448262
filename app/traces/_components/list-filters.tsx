import { Source } from "../../../traces/index";
import { FINAL_STATES, type ListParams, SORTS } from "../_lib/list-params";

/** The filter form of the trace browser: a plain GET form, so every view has a shareable URL. */
export function ListFilters({ params }: { params: ListParams }) {
  return (
    <search aria-label="Filter conversations">
      <form className="filters" method="get" action="/traces">
        <div className="field field-wide">
          <label htmlFor="f-q">Search messages</label>
          <input
            id="f-q"
            name="q"
            type="search"
            defaultValue={params.q ?? ""}
            placeholder="e.g. tune-up"
            maxLength={200}
          />
        </div>
        <div className="field">
          <label htmlFor="f-source">Source</label>
          <select id="f-source" name="source" defaultValue={params.source ?? ""}>
            <option value="">All sources</option>
            {Source.options.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-state">Final state</label>
          <select id="f-state" name="state" defaultValue={params.state ?? ""}>
            <option value="">Any state</option>
            {FINAL_STATES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-from">Active from</label>
          <input id="f-from" name="from" type="date" defaultValue={params.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="f-to">Active to</label>
          <input id="f-to" name="to" type="date" defaultValue={params.to ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="f-sort">Sort</label>
          <select id="f-sort" name="sort" defaultValue={params.sort}>
            {Object.entries(SORTS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-actions">
          <button type="submit" className="button button-primary">
            Apply
          </button>
        </div>
      </form>
    </search>
  );
}
