import { z } from "zod";
import { STABLE_STATES, type StableState } from "../../../chatbot/index";
import { type ConversationFilter, Source } from "../../../traces/index";
import { DECISION_KINDS, facetGroups, INTENTS, LATENCY_BOUNDS, VERDICT_FILTERS } from "./facet-filter";

/** Rows per page of the trace browser. */
export const PAGE_SIZE = 25;

/** The states a conversation can rest in, for the "final state" filter. */
export const FINAL_STATES: readonly StableState[] = STABLE_STATES;

/** Sort orders of the trace browser, with their labels. */
export const SORTS = {
  updated_desc: "Latest activity",
  updated_asc: "Oldest activity",
  created_desc: "Newest started",
  turns_desc: "Most turns",
} as const satisfies Record<NonNullable<ConversationFilter["sort"]>, string>;

/** Human-label filter values: traces labelled pass, labelled fail, or with no label yet. */
export const LABEL_FILTERS = { pass: "Labelled pass", fail: "Labelled fail", unlabelled: "Unlabelled" } as const;

/** Bot variants a conversation can record in its metadata (`bot`); none recorded counts as `machine`. */
export const BOT_VARIANTS = ["machine", "prompt"] as const;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const many = (v: unknown) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
/** A calendar day that exists (2026-13-01 and 2026-02-30 do not: they are dropped like any other bad value). */
const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === d;
  });
/** Search text as SQLite can hold it: no NUL, no lone surrogates. */
const SearchText = z
  .string()
  .transform((s) =>
    s
      .replace(/\u0000/g, "")
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"),
  )
  .pipe(z.string().trim().max(200));

const Short = z.string().trim().min(1).max(100);
/** A latency bound: one of the store's bucket edges (ms). */
const Bound = z.coerce.number().refine((n) => LATENCY_BOUNDS.includes(n));
/** Repeated keys (`state=a&state=b`), blanks and bad entries dropped, duplicates removed. */
const ManyOf = <T extends z.ZodType<string>>(item: T, max: number) =>
  z.preprocess(
    (v) => [...new Set(many(v).flatMap((x) => (item.safeParse(x).success ? [item.parse(x)] : [])))].slice(0, max),
    z.array(z.string()),
  );
const optional = <T extends z.ZodType>(t: T) => z.preprocess(blankToUndefined, t.optional()).catch(undefined);

// A bad value in the URL (hand-edited, stale bookmark) is dropped rather than failing the page.
const Params = z.object({
  source: optional(Source),
  state: ManyOf(z.enum(FINAL_STATES), FINAL_STATES.length),
  from: optional(Day),
  to: optional(Day),
  q: optional(SearchText),
  feedback: optional(z.enum(["down", "up"])),
  model: optional(Short),
  bot: optional(z.enum(BOT_VARIANTS)),
  label: optional(z.enum(Object.keys(LABEL_FILTERS) as [keyof typeof LABEL_FILTERS])),
  mode: ManyOf(Short, 20),
  verdict: ManyOf(
    z.enum(Object.keys(VERDICT_FILTERS) as [keyof typeof VERDICT_FILTERS]),
    Object.keys(VERDICT_FILTERS).length,
  ),
  emode: ManyOf(Short, 20),
  intent: ManyOf(z.enum(INTENTS as [string, ...string[]]), INTENTS.length),
  decision: ManyOf(z.enum(DECISION_KINDS as [string, ...string[]]), DECISION_KINDS.length),
  latmin: optional(Bound),
  latmax: optional(Bound),
  sort: z.enum(Object.keys(SORTS) as [keyof typeof SORTS, ...(keyof typeof SORTS)[]]).catch("updated_desc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** The trace browser's query: filters, sort and page, as read from the URL. */
export type ListParams = z.infer<typeof Params>;

/** The keys that narrow the list (everything but sort and page), for "Clear filters" and "is anything filtered?". */
export const FILTER_KEYS = [
  "source",
  "state",
  "from",
  "to",
  "q",
  "feedback",
  "model",
  "bot",
  "label",
  "mode",
  "verdict",
  "emode",
  "intent",
  "decision",
  "latmin",
  "latmax",
] as const;

/** Keys that may repeat in the URL (multi-selects). */
const MULTI_KEYS = new Set(["state", "mode", "verdict", "emode", "intent", "decision"]);

/**
 * Parses `/traces?source=…&state=…&state=…&from=…&to=…&q=…&feedback=…&model=…&bot=…&label=…&mode=…&verdict=…&emode=…
 * &intent=…&decision=…&latmin=…&latmax=…&sort=…&page=…`; never throws.
 */
export function parseListParams(searchParams: Record<string, string | string[] | undefined>): ListParams {
  const raw: Record<string, unknown> = Object.fromEntries(
    Object.entries(searchParams).map(([k, v]) => [k, MULTI_KEYS.has(k) ? v : first(v)]),
  );
  return Params.parse({ ...raw, sort: raw.sort ?? "updated_desc", page: raw.page ?? 1 });
}

/** True when any filter (not sort or page) is set. */
export function isFiltered(p: ListParams): boolean {
  return FILTER_KEYS.some((k) => {
    const v = p[k];
    return Array.isArray(v) ? v.length > 0 : v !== undefined;
  });
}

/**
 * The store filter for one page of the list. Label filters are resolved by the caller into `ids` (traces that have
 * the label or mode) or `excludeIds` (every labelled trace, for "unlabelled") and passed in.
 */
export function toConversationFilter(
  p: ListParams,
  resolved: { ids?: string[]; excludeIds?: string[] } = {},
): ConversationFilter {
  return {
    source: p.source,
    finalStates: p.state.length > 0 ? p.state : undefined,
    from: p.from,
    to: p.to,
    text: p.q,
    feedback: p.feedback,
    model: p.model,
    bot: p.bot,
    facets: isFaceted(p) ? facetGroups(p) : undefined,
    ...resolved,
    sort: p.sort,
    limit: PAGE_SIZE,
    offset: (p.page - 1) * PAGE_SIZE,
  };
}

/** The query string of the same query with some parameters changed (defaults left out), without the leading `?`. */
export function listQuery(p: ListParams, changes: Partial<ListParams> = {}): string {
  const next = { ...p, ...changes };
  const qs = new URLSearchParams();
  if (next.source) qs.set("source", next.source);
  for (const s of next.state) qs.append("state", s);
  if (next.from) qs.set("from", next.from);
  if (next.to) qs.set("to", next.to);
  if (next.q) qs.set("q", next.q);
  if (next.feedback) qs.set("feedback", next.feedback);
  if (next.model) qs.set("model", next.model);
  if (next.bot) qs.set("bot", next.bot);
  if (next.label) qs.set("label", next.label);
  for (const m of next.mode) qs.append("mode", m);
  for (const v of next.verdict) qs.append("verdict", v);
  for (const m of next.emode) qs.append("emode", m);
  for (const i of next.intent) qs.append("intent", i);
  for (const d of next.decision) qs.append("decision", d);
  if (next.latmin !== undefined) qs.set("latmin", String(next.latmin));
  if (next.latmax !== undefined) qs.set("latmax", String(next.latmax));
  if (next.sort !== "updated_desc") qs.set("sort", next.sort);
  if (next.page > 1) qs.set("page", String(next.page));
  return qs.toString();
}

/** A `/traces` URL for the same query with some parameters changed (defaults are left out of the URL). */
export function listHref(p: ListParams, changes: Partial<ListParams> = {}): string {
  const s = listQuery(p, changes);
  return s ? `/traces?${s}` : "/traces";
}

/** The same query with every filter cleared (sort kept, back to page 1). */
export const clearedFilters: Partial<ListParams> = {
  source: undefined,
  state: [],
  from: undefined,
  to: undefined,
  q: undefined,
  feedback: undefined,
  model: undefined,
  bot: undefined,
  label: undefined,
  mode: [],
  verdict: [],
  emode: [],
  intent: [],
  decision: [],
  latmin: undefined,
  latmax: undefined,
  page: 1,
};

const isFaceted = (p: ListParams) =>
  p.verdict.length + p.emode.length + p.intent.length + p.decision.length > 0 ||
  p.latmin !== undefined ||
  p.latmax !== undefined;
