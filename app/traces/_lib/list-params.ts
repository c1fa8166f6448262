import { z } from "zod";
import { STABLE_STATES, type StableState } from "../../../chatbot/index";
import { type ConversationFilter, Source } from "../../../traces/index";

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

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
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

// A bad value in the URL (hand-edited, stale bookmark) is dropped rather than failing the page.
const Params = z.object({
  source: z.preprocess(blankToUndefined, Source.optional()).catch(undefined),
  state: z.preprocess(blankToUndefined, z.string().trim().max(100).optional()).catch(undefined),
  from: z.preprocess(blankToUndefined, Day.optional()).catch(undefined),
  to: z.preprocess(blankToUndefined, Day.optional()).catch(undefined),
  q: z.preprocess(blankToUndefined, SearchText.optional()).catch(undefined),
  sort: z.enum(Object.keys(SORTS) as [keyof typeof SORTS, ...(keyof typeof SORTS)[]]).catch("updated_desc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** The trace browser's query: filters, sort and page, as read from the URL. */
export type ListParams = z.infer<typeof Params>;

/** Parses `/traces?source=…&state=…&from=…&to=…&q=…&sort=…&page=…`; never throws. */
export function parseListParams(searchParams: Record<string, string | string[] | undefined>): ListParams {
  const raw = Object.fromEntries(Object.entries(searchParams).map(([k, v]) => [k, first(v)]));
  return Params.parse({ ...raw, sort: raw.sort ?? "updated_desc", page: raw.page ?? 1 });
}

/** The store filter for one page of the list. */
export function toConversationFilter(p: ListParams): ConversationFilter {
  return {
    source: p.source,
    finalState: p.state,
    from: p.from,
    to: p.to,
    text: p.q,
    sort: p.sort,
    limit: PAGE_SIZE,
    offset: (p.page - 1) * PAGE_SIZE,
  };
}

/** A `/traces` URL for the same query with some parameters changed (defaults are left out of the URL). */
export function listHref(p: ListParams, changes: Partial<ListParams> = {}): string {
  const next = { ...p, ...changes };
  const qs = new URLSearchParams();
  if (next.source) qs.set("source", next.source);
  if (next.state) qs.set("state", next.state);
  if (next.from) qs.set("from", next.from);
  if (next.to) qs.set("to", next.to);
  if (next.q) qs.set("q", next.q);
  if (next.sort !== "updated_desc") qs.set("sort", next.sort);
  if (next.page > 1) qs.set("page", String(next.page));
  const s = qs.toString();
  return s ? `/traces?${s}` : "/traces";
}
