import { ConversationFilter } from "./schema";

/** SQL pieces for one conversation-list page: a WHERE clause over `c` (conversations), its params, ORDER BY and paging. */
export interface ConversationListQuery {
  where: string;
  params: Record<string, string | number>;
  orderBy: string;
  limit: number;
  offset: number;
}

const ORDER: Record<NonNullable<ConversationFilter["sort"]>, string> = {
  updated_desc: "c.updated_at DESC, c.id DESC",
  updated_asc: "c.updated_at ASC, c.id ASC",
  turns_desc: "c.turn_count DESC, c.updated_at DESC, c.id DESC",
  created_desc: "c.created_at DESC, c.id DESC",
};

/** Escapes LIKE wildcards so a search for "50%" finds the literal text. */
export const likeContains = (text: string) => `%${text.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

/** A date-only upper bound ("2026-11-30") means the whole day, so it becomes "before the next day". */
function upperBound(to: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(to)) return to;
  const next = new Date(`${to}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * Turns a filter into SQL. `from` is inclusive and `to` exclusive on updated_at (ISO text compares in time order when
 * timestamps share a format, e.g. UTC `toISOString()`); text matches any turn's user or assistant text, case-insensitively.
 */
export function conversationListQuery(input: ConversationFilter = {}): ConversationListQuery {
  const f = ConversationFilter.parse(input);
  const clauses: string[] = [];
  const params: Record<string, string | number> = {};
  if (f.source) {
    clauses.push("c.source = @source");
    params.source = f.source;
  }
  if (f.finalState) {
    clauses.push("c.final_state = @finalState");
    params.finalState = f.finalState;
  }
  if (f.from) {
    clauses.push("c.updated_at >= @from");
    params.from = f.from;
  }
  if (f.to) {
    clauses.push("c.updated_at < @to");
    params.to = upperBound(f.to);
  }
  const text = f.text?.trim();
  if (text) {
    clauses.push(
      "EXISTS (SELECT 1 FROM turns t WHERE t.conversation_id = c.id AND (t.user_text LIKE @text ESCAPE '\\' OR t.reply LIKE @text ESCAPE '\\'))",
    );
    params.text = likeContains(text);
  }
  return {
    where: clauses.length ? `WHERE ${clauses.join(" AND ")}` : "",
    params,
    orderBy: ORDER[f.sort],
    limit: f.limit,
    offset: f.offset,
  };
}
