import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "./apply-migrations";
import { conversationListQuery } from "./conversation-list-query";
import type { ConversationFilter } from "./schema";
import { listCountSql, listPageSql, prepareStatements } from "./statements";

// The trace browser must stay fast at a million turns (`pnpm bench` times it there). What keeps it fast is the query
// plan: each page reads about one page of index entries, never every conversation, and never sorts them all.
// These are the bench's list queries, checked on the real schema.
const db = new Database(":memory:");
applyMigrations(db);
const plan = (sql: string, params: Record<string, unknown>) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ ...params, limit: 25, offset: 0 }) as { detail: string }[])
    .map((r) => r.detail)
    .join(" / ");
const plans = (filter: ConversationFilter) => {
  const q = conversationListQuery({ limit: 25, ...filter });
  return {
    // The page picks rowids in a co-routine, then joins the 25 rows back by rowid; pins below read the picking part.
    page: plan(listPageSql(q.from, q.where, q.orderBy), q.params).replace(/^CO-ROUTINE page \/ /, ""),
    count: plan(listCountSql(q.countFrom, q.countWhere, q.countCap, q.countSelect), q.params),
  };
};
const fullScan = /SCAN c(?! USING)|SCAN conversations(?! USING)/;

describe("list/filter query plans (what keeps pages fast at 1M turns)", () => {
  it.each<[string, ConversationFilter]>([
    ["latest", {}],
    ["source", { source: "synthetic" }],
    ["state", { finalState: "booked" }],
    ["source, most turns", { source: "ui", sort: "turns_desc" }],
    ["one week", { from: "2026-03-02", to: "2026-03-08" }],
    ["state and source", { finalState: "handoff", source: "eval" }],
    ["most turns", { sort: "turns_desc" }],
    ["oldest first", { sort: "updated_asc" }],
    ["several states", { finalStates: ["booked", "handoff", "browsing"] }],
    ["several states, most turns", { finalStates: ["booked", "handoff"], sort: "turns_desc" }],
    ["model", { model: "gpt-4o-mini" }],
    ["model, most turns", { model: "gpt-4o-mini", sort: "turns_desc" }],
    ["bot variant", { bot: "prompt" }],
    ["bot variant, newest started", { bot: "prompt", sort: "created_desc" }],
    ["unlabelled (every labelled id excluded)", { excludeIds: ["c1", "c2"] }],
  ])("%s: the page walks an index in sort order, the count reads one index", (_, filter) => {
    const { page, count } = plans(filter);
    expect(page).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    expect(page).not.toMatch(fullScan);
    expect(count).toMatch(/COVERING INDEX|^SCAN c$/); // an unfiltered count walks the smallest index
  });

  it.each<[string, ConversationFilter, RegExp, RegExp]>([
    [
      "thumbs down",
      { feedback: "down" },
      /^SEARCH c USING (COVERING )?INDEX conversations_down_updated \(has_down=\?\)/,
      /conversations_down_updated/,
    ],
    [
      "thumbs up",
      { feedback: "up" },
      /^SEARCH c USING (COVERING )?INDEX conversations_up_updated \(has_up=\?\)/,
      /conversations_up_updated/,
    ],
    [
      "model",
      { model: "m" },
      /^SEARCH c USING (COVERING )?INDEX conversations_model_updated \(model=\?\)/,
      /conversations_model_updated/,
    ],
    [
      "bot",
      { bot: "prompt" },
      /^SEARCH c USING (COVERING )?INDEX conversations_bot_updated \(<expr>=\?\)/,
      /conversations_bot_updated/,
    ],
    [
      "several states",
      { finalStates: ["booked", "handoff"] },
      /^SCAN c USING (COVERING )?INDEX conversations_updated /,
      /conversations_state_updated \(final_state=\?\)/,
    ],
    [
      "several states, source, model",
      { finalStates: ["booked"], source: "ui", model: "m" },
      /^SEARCH c USING (COVERING )?INDEX conversations_(model|source)_updated/,
      /^SEARCH c USING/,
    ],
    [
      "labelled ids (human pass/fail/mode)",
      { ids: ["c1", "c2"] },
      /^SEARCH c USING INDEX sqlite_autoindex_conversations_1 \(id=\?\)/,
      /^SEARCH c /,
    ],
  ])(
    "%s: the page starts from the filter's own index (a sort over its matches at most); the count reads it",
    (_, filter, page, count) => {
      const plans2 = plans(filter);
      expect(plans2.page).toMatch(page);
      expect(plans2.page).not.toMatch(fullScan);
      // A capped count ("10,000+") reads at most cap + 1 matches in a co-routine: pin what it reads.
      expect(plans2.count.replace(/^CO-ROUTINE \(subquery-\d+\) \/ /, "")).toMatch(count);
      expect(plans2.count).not.toMatch(fullScan);
    },
  );

  it("a sorted filter sorts bare rowids; the preview and feedback counts are read for the page's rows only", () => {
    const q = conversationListQuery({ limit: 25, ids: ["c1", "c2"] });
    const full = plan(listPageSql(q.from, q.where, q.orderBy), q.params);
    expect(full).toMatch(
      /^CO-ROUTINE page \/ .*USE TEMP B-TREE FOR ORDER BY \/ SCAN page \/ SEARCH c USING INTEGER PRIMARY KEY/,
    );
    expect(full.split("SCAN page")[0]).not.toMatch(/CORRELATED SCALAR SUBQUERY/);
  });

  it("the model list seeks the model index once per model", () => {
    const distinct = plan(prepareStatements(db).distinctModels.source, {});
    expect(distinct).toMatch(/SEARCH conversations USING COVERING INDEX conversations_model_updated \(model>\?\)/);
    expect(distinct).not.toMatch(/SCAN conversations(?! USING COVERING INDEX conversations_model_updated)/);
  });

  it.each<[string, ConversationFilter]>([
    ["text", { text: "tune-up" }],
    ["text, oldest first", { text: "tune-up", sort: "updated_asc" }],
    ["text and source", { text: "tune-up", source: "ui" }],
  ])("%s: the trigram index drives the page in order; the count is capped", (_, filter) => {
    const { page, count } = plans(filter);
    expect(page).toMatch(/^SCAN x VIRTUAL TABLE INDEX/);
    expect(page).not.toMatch(/TEMP B-TREE/);
    expect(page).toMatch(/SEARCH c USING INTEGER PRIMARY KEY/);
    expect(count).toMatch(/^CO-ROUTINE/);
    expect(count).not.toMatch(/SEARCH t |SCAN t /); // no probing of the turns table
  });

  it.each<[string, ConversationFilter, number]>([
    ["one intent", { facets: [["intent:book"]] }, 1],
    ["intent, oldest first", { facets: [["intent:book"]], sort: "updated_asc" }, 1],
    ["several decision kinds", { facets: [["decision:invalid_slot", "decision:handoff", "decision:dont_know"]] }, 3],
    ["latency range (buckets)", { facets: [["latency:2000", "latency:5000"]] }, 2],
    ["evaluator fail + mode + intent", { facets: [["verdict:fail"], ["emode:bad_data"], ["intent:book"]] }, 1],
    [
      "decision kind, source, several states",
      { facets: [["decision:confirm"]], source: "ui", finalStates: ["booked", "idle"] },
      1,
    ],
  ])("%s: each facet reads one page from its own index range; the count reads the facet index", (_, filter, n) => {
    const { page, count } = plans(filter);
    const seeks = page.match(/SEARCH f USING PRIMARY KEY \(facet=\?\)/g) ?? [];
    expect(seeks).toHaveLength(n);
    // Inside each facet's co-routine nothing is sorted: the sort is over at most n × (offset + page) rows.
    for (const branch of page.split(/CO-ROUTINE \(subquery-\d+\) \/ /).slice(1))
      expect(branch.split(" / SCAN (subquery")[0]).not.toMatch(/TEMP B-TREE|SCAN /);
    expect(page).not.toMatch(fullScan);
    expect(page).not.toMatch(/SCAN [fg]( \/|$)/);
    expect(count).toMatch(/^CO-ROUTINE \(subquery-\d+\) \/ SEARCH f USING PRIMARY KEY \(facet=\?\)/);
    expect(count).not.toMatch(fullScan);
  });

  it("another sort walks its own index and probes the facet index per conversation", () => {
    const { page } = plans({ facets: [["intent:book"]], sort: "turns_desc" });
    expect(page).toMatch(/^SCAN c USING COVERING INDEX conversations_turns/);
    expect(page).toMatch(
      /SEARCH g USING COVERING INDEX conversation_facets_conversation \(conversation_id=\? AND facet=\?\)/,
    );
    expect(page).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });
});
