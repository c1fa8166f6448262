import { FACETS_FROM, facetDrivenFrom, hasAnyFacet } from "./facet-query";
import { ConversationFilter } from "./schema";

/**
 * SQL pieces for one conversation-list page: FROM (always binding `c` to conversations), WHERE, its params, ORDER BY
 * and paging. `countCap`: when set, count at most this many matches (a text search can match most of the store).
 */
export interface ConversationListQuery {
  from: string;
  /** FROM and selected key for the count (a facet filter counts distinct conversations from its facet rows). */
  countFrom: string;
  countSelect: string;
  where: string;
  /** WHERE for the count: the same terms without the page's plan hints. */
  countWhere: string;
  params: Record<string, string | number>;
  orderBy: string;
  limit: number;
  offset: number;
  countCap: number | null;
  /** The query reads the conversation text index (the store brings it up to date first). */
  usesTextIndex: boolean;
  /** The query reads the list facets (kept by the same catch-up as the text index: the store runs it first). */
  usesFacets: boolean;
}

const ORDER: Record<NonNullable<ConversationFilter["sort"]>, string> = {
  updated_desc: "c.updated_at DESC, c.id DESC",
  updated_asc: "c.updated_at ASC, c.id ASC",
  turns_desc: "c.turn_count DESC, c.updated_at DESC, c.id DESC",
  created_desc: "c.created_at DESC, c.id DESC",
};

/** The bot variant of a conversation, exactly as the `conversations_bot_updated` index is built on it. */
export const BOT_EXPRESSION = "coalesce(json_extract(c.metadata, '$.bot'), 'machine')";

/** Counts of text-search results stop here: the list then says "1,000+". */
export const TEXT_COUNT_CAP = 1000;

/**
 * Counts under the filters that can match most of the store without an index range of their own (several states,
 * model, bot, "unlabelled") stop here ("10,000+"): an exact count would read every match at a million turns.
 */
export const FILTER_COUNT_CAP = 10_000;

/**
 * Counts under facet filters (intent, decision, latency, evaluator) stop here ("1,000+"): a facet combined with other
 * filters is counted by probing each of its conversations, so the cap bounds the probes as a page bounds the rows.
 */
export const FACET_COUNT_CAP = 1000;

/** Trigram search needs 3 characters; shorter text falls back to a LIKE scan of the turns. */
const MIN_INDEXED_TEXT = 3;

/** Escapes LIKE wildcards so a search for "50%" finds the literal text. */
export const likeContains = (text: string) => `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

/** An FTS5 query matching `text` as one literal substring (a trigram phrase; quotes doubled, operators inert). */
export const ftsPhrase = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** A date-only upper bound ("2026-11-30") means the whole day, so it becomes "before the next day". */
function upperBound(to: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(to)) return to;
  const next = new Date(`${to}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * Turns a filter into SQL. `from` is inclusive and `to` exclusive on updated_at (ISO text compares in time order when
 * timestamps share a format, e.g. UTC `toISOString()`); text matches any turn's user or assistant text,
 * case-insensitively, through the `conversation_text` trigram index. Latest-first text searches are driven by that
 * index in latest-turn order (the commit order of turns, which is updated_at order), so a page costs one page of
 * matches however common the text is.
 */
export function conversationListQuery(
  input: ConversationFilter = {},
  options: { paged?: boolean } = {},
): ConversationListQuery {
  const f = ConversationFilter.parse(input);
  const clauses: string[] = [];
  const countClauses: string[] = [];
  // `page` may steer the page's plan (a unary + on an indexed term); the count uses the plain term and its index.
  const add = (page: string, count = page) => {
    clauses.push(page);
    countClauses.push(count);
  };
  const params: Record<string, string | number> = {};
  let from = "conversations c";
  let orderBy = ORDER[f.sort];
  let countCap: number | null = null;
  const text = f.text?.trim();
  if (text && [...text].length >= MIN_INDEXED_TEXT) {
    params.text = ftsPhrase(text);
    countCap = TEXT_COUNT_CAP;
    if (f.sort === "updated_desc" || f.sort === "updated_asc") {
      // CROSS JOIN keeps the index outermost: it yields conversations in order, each joined by rowid.
      from = "conversation_text x CROSS JOIN conversations c ON c.rowid = x.conversation";
      add("x.conversation_text MATCH @text");
      orderBy = f.sort === "updated_desc" ? "x.rowid DESC" : "x.rowid ASC";
    } else add("c.rowid IN (SELECT conversation FROM conversation_text WHERE conversation_text MATCH @text)");
  } else if (text) {
    add(
      "EXISTS (SELECT 1 FROM turns t WHERE t.conversation_id = c.id AND (t.user_text LIKE @text ESCAPE '\\' OR t.reply LIKE @text ESCAPE '\\'))",
    );
    params.text = likeContains(text);
  }
  if (f.source) {
    add("c.source = @source");
    params.source = f.source;
  }
  if (f.finalState) {
    add("c.final_state = @finalState");
    params.finalState = f.finalState;
  }
  if (f.finalStates && f.finalStates.length > 0) {
    const names = f.finalStates.map((state, i) => {
      params[`finalState${i}`] = state;
      return `@finalState${i}`;
    });
    // Unary + keeps the planner on the sort-order index (filtering as it walks) instead of collecting every match of
    // several states and sorting them.
    const list = `c.final_state IN (${names.join(", ")})`;
    add(`+${list}`, list);
  }
  // Feedback flags, model and bot lead indexes in updated_at order; for other sorts a unary + keeps the sort's own
  // index in charge (one model can be every conversation: collecting and sorting them all would cost the table).
  const byUpdated = f.sort === "updated_desc" || f.sort === "updated_asc";
  const indexed = (expression: string) => add(byUpdated ? expression : `+${expression}`, expression);
  if (f.feedback) indexed(f.feedback === "down" ? "c.has_down = 1" : "c.has_up = 1");
  if (f.model) {
    indexed("c.model = @model");
    params.model = f.model;
  }
  if (f.bot) {
    indexed(`${BOT_EXPRESSION} = @bot`);
    params.bot = f.bot;
  }
  if (f.ids) {
    add("c.id IN (SELECT value FROM json_each(@ids))");
    params.ids = JSON.stringify(f.ids);
  }
  if (f.excludeIds && f.excludeIds.length > 0) {
    add("c.id NOT IN (SELECT value FROM json_each(@excludeIds))");
    params.excludeIds = JSON.stringify(f.excludeIds);
  }
  if (f.from) {
    add("c.updated_at >= @from");
    params.from = f.from;
  }
  if (f.to) {
    add("c.updated_at < @to");
    params.to = upperBound(f.to);
  }
  const usesTextIndex = countCap !== null;
  const broad = (f.finalStates?.length ?? 0) > 0 || f.model || f.bot || (f.excludeIds?.length ?? 0) > 0;
  if (countCap === null && broad) countCap = FILTER_COUNT_CAP;
  let countFrom = from;
  let countSelect = "1";
  const groups = (f.facets ?? []).map((g, gi) =>
    [...new Set(g)].map((facet, i) => {
      params[`facet${gi}_${i}`] = facet;
      return `@facet${gi}_${i}`;
    }),
  );
  // A facet group leads (the first: callers put the rarest kind first); the others are probes on each candidate.
  const [lead, ...rest] = groups;
  const drive = lead !== undefined && byUpdated && !usesTextIndex && options.paged !== false;
  for (const group of rest) add(hasAnyFacet(group));
  if (lead && !drive) clauses.push(hasAnyFacet(lead));
  if (lead && usesTextIndex) countClauses.push(hasAnyFacet(lead));
  else if (lead) {
    countFrom = FACETS_FROM;
    countSelect = "DISTINCT f.conversation_id";
    countClauses.unshift(`f.facet IN (${lead.join(", ")})`);
    countCap = Math.min(countCap ?? FACET_COUNT_CAP, FACET_COUNT_CAP);
  }
  if (drive) {
    const direction = f.sort === "updated_asc" ? "ASC" : "DESC";
    from = facetDrivenFrom(lead, clauses.splice(0), direction);
    orderBy = `fu.u ${direction}, fu.cid ${direction}`;
    params.facetTop = f.limit + f.offset;
  }
  return {
    from,
    countFrom,
    countSelect,
    where: clauses.length ? `WHERE ${clauses.join(" AND ")}` : "",
    countWhere: countClauses.length ? `WHERE ${countClauses.join(" AND ")}` : "",
    params,
    orderBy,
    limit: f.limit,
    offset: f.offset,
    countCap,
    usesTextIndex,
    usesFacets: lead !== undefined,
  };
}
