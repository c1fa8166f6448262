import { FAILURE_MODES } from "../../../evals/index";
import { Source } from "../../../traces/index";
import { DECISION_KINDS, INTENTS, LATENCY_BOUNDS, latencyLabel, VERDICT_FILTERS } from "../_lib/facet-filter";
import { BOT_VARIANTS, FILTER_KEYS, FINAL_STATES, LABEL_FILTERS, type ListParams } from "../_lib/list-params";
import { tc } from "../_lib/tc";
import { FilterDisclosure } from "./filter-disclosure";
import { MultiSelect } from "./multi-select";

/**
 * The filter form of the trace browser: a plain GET form, so every view has a shareable URL. `models`: the models
 * seen in the store; `modes`: the failure modes of the human taxonomy.
 */
export function ListFilters({
  params,
  models,
  modes,
}: {
  params: ListParams;
  models: string[];
  modes: { id: string; name: string }[];
}) {
  return (
    <search aria-label="Filter conversations">
      <FilterDisclosure active={FILTER_KEYS.filter((k) => [params[k]].flat().some((v) => v !== undefined)).length}>
        <form className={tc("filters")} method="get" action="/traces">
          <div className={tc("field field-wide")}>
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
          <div className={tc("field")}>
            <label htmlFor="f-label">Human label</label>
            <select id="f-label" name="label" defaultValue={params.label ?? ""}>
              <option value="">Any</option>
              {Object.entries(LABEL_FILTERS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <MultiSelect
            label="Mode (human)"
            name="mode"
            selected={params.mode}
            options={modes.map((m) => ({ value: m.id, label: m.name }))}
            anyLabel="Any mode"
          />
          <MultiSelect
            label="Final state"
            name="state"
            selected={params.state}
            options={FINAL_STATES.map((s) => ({ value: s, label: s }))}
            anyLabel="Any state"
          />
          <MultiSelect
            label="Evaluator verdict"
            name="verdict"
            selected={params.verdict}
            options={Object.entries(VERDICT_FILTERS).map(([value, label]) => ({ value, label }))}
            anyLabel="Any verdict"
          />
          <MultiSelect
            label="Mode (evaluator)"
            name="emode"
            selected={params.emode}
            options={[...new Set([...FAILURE_MODES, ...params.emode])].map((m) => ({ value: m, label: m }))}
            anyLabel="Any mode"
          />
          <MultiSelect
            label="Intent"
            name="intent"
            selected={params.intent}
            options={INTENTS.map((i) => ({ value: i, label: i }))}
            anyLabel="Any intent"
          />
          <div className={tc("field")}>
            <label htmlFor="f-feedback">Feedback</label>
            <select id="f-feedback" name="feedback" defaultValue={params.feedback ?? ""}>
              <option value="">Any</option>
              <option value="down">Thumbs down</option>
              <option value="up">Thumbs up</option>
            </select>
          </div>
          <MultiSelect
            label="Decision"
            name="decision"
            selected={params.decision}
            options={DECISION_KINDS.map((d) => ({ value: d, label: d }))}
            anyLabel="Any decision"
          />
          <div className={tc("field")}>
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
          <div className={tc("field")}>
            <label htmlFor="f-model">Model</label>
            <select id="f-model" name="model" defaultValue={params.model ?? ""}>
              <option value="">Any model</option>
              {[...new Set([...models, ...(params.model ? [params.model] : [])])].map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </div>
          <div className={tc("field")}>
            <label htmlFor="f-bot">Bot</label>
            <select id="f-bot" name="bot" defaultValue={params.bot ?? ""}>
              <option value="">Any bot</option>
              {BOT_VARIANTS.map((b) => (
                <option key={b} value={b}>
                  {b}
                </option>
              ))}
            </select>
          </div>
          <div className={tc("field field-wide field-pair")}>
            <span className={tc("field-label")} id="f-latency-label">
              A turn&apos;s latency
            </span>
            <div>
              <select name="latmin" aria-label="Latency at least" defaultValue={params.latmin ?? ""}>
                <option value="">from 0</option>
                {LATENCY_BOUNDS.slice(1).map((ms) => (
                  <option key={ms} value={ms}>
                    ≥ {latencyLabel(ms)}
                  </option>
                ))}
              </select>
              <select name="latmax" aria-label="Latency under" defaultValue={params.latmax ?? ""}>
                <option value="">no limit</option>
                {LATENCY_BOUNDS.slice(1).map((ms) => (
                  <option key={ms} value={ms}>
                    &lt; {latencyLabel(ms)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className={tc("field")}>
            <label htmlFor="f-from">Active from</label>
            <input id="f-from" name="from" type="date" defaultValue={params.from ?? ""} />
          </div>
          <div className={tc("field")}>
            <label htmlFor="f-to">Active to</label>
            <input id="f-to" name="to" type="date" defaultValue={params.to ?? ""} />
          </div>
          <input type="hidden" name="sort" value={params.sort} />
          <div className={tc("field field-actions")}>
            <button type="submit" className={tc("button button-primary")}>
              Apply
            </button>
          </div>
        </form>
      </FilterDisclosure>
    </search>
  );
}
