import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { type ConversationFilter, openTraceStore } from "../traces/index";
import { benchNextTrace, type NextTraceFigures } from "./annotation-next";
import { bulkFill } from "./bulk-fill";
import { percentile, progress } from "./stats";
import { templateConversations } from "./template-traces";

/** The trace browser's page size (app/traces/_lib/list-params.ts). */
const PAGE = 25;
const REPS = 20;

/** The list/filter requests timed: each is one page of the trace browser (the page query plus its total count). */
const QUERIES: Record<string, ConversationFilter> = {
  latest: {},
  source: { source: "synthetic" },
  state: { finalState: "booked" },
  sourceByTurns: { source: "ui", sort: "turns_desc" },
  week: { from: "2026-03-02", to: "2026-03-08" },
  rareStateAndSource: { finalState: "handoff", source: "eval" },
  deepPage: { offset: 400 * PAGE },
  textCommon: { text: "tune-up" },
  textNoMatch: { text: "carbon frame repair" },
};

/** Trace store figures at `turns` generated turns. */
export interface StoreFigures extends NextTraceFigures {
  turns: number;
  conversations: number;
  fillSeconds: number;
  listP95Ms: number;
  listP95ByQueryMs: Record<string, number>;
  bytesPerTurn: number;
  bytesPerTurnByTable: Record<string, number>;
}

/**
 * Fills a temp trace store with `turns` generated turns (bench-only bulk path, see bulk-fill.ts), checks the rows read
 * back through the store API, then times list/filter pages (`listConversations`, REPS × each query above, after one
 * untimed run each) and the annotation "next trace" read, and measures the file size per turn.
 */
export async function benchStore(turns: number): Promise<StoreFigures> {
  const dir = mkdtempSync(join(tmpdir(), "bench-store-"));
  const path = join(dir, "big.db");
  try {
    const tpl = await templateConversations();
    const started = performance.now();
    const conversations = bulkFill(path, turns, tpl, (done) => {
      if (done % 100_000 === 0 || done === turns)
        progress(`store fill ${done.toLocaleString("en")} / ${turns.toLocaleString("en")} turns`);
    });
    const fillSeconds = (performance.now() - started) / 1000;
    const store = openTraceStore(path);
    const check = store.listConversations({ limit: 3 });
    if (check.total !== conversations)
      throw new Error(`fill wrote ${conversations} conversations, the store sees ${check.total}`);
    for (const c of check.items)
      if (store.getTurns(c.id).length !== c.turnCount)
        throw new Error(`generated conversation ${c.id} does not read back`);
    progress("store: timing list/filter pages");
    const byQuery: Record<string, number> = {};
    const all: number[] = [];
    for (const [name, q] of Object.entries({ ...QUERIES, ...browserFilterQueries(path) })) {
      store.listConversations({ limit: PAGE, ...q });
      const samples: number[] = [];
      for (let i = 0; i < REPS; i++) {
        const t = performance.now();
        store.listConversations({ limit: PAGE, ...q });
        samples.push(performance.now() - t);
      }
      byQuery[name] = percentile(samples, 95);
      all.push(...samples);
    }
    progress("store: annotation queue and next trace");
    const next = benchNextTrace(store);
    store.close();
    return {
      turns,
      conversations,
      fillSeconds,
      listP95Ms: percentile(all, 95),
      listP95ByQueryMs: byQuery,
      ...next,
      bytesPerTurn: statSync(path).size / turns,
      bytesPerTurnByTable: tableBytes(path, turns),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Gives the filled store what the trace browser's newer filters read (1 in 97 conversations rated thumbs down on its
 * first reply, 1 in 10 run by the `prompt` bot) and returns those filters' queries, with 2,000 "labelled" ids for
 * the human-label filters (labels live in the annotation tables; the list receives them as ids).
 */
function browserFilterQueries(path: string): Record<string, ConversationFilter> {
  const db = new Database(path);
  try {
    db.exec(`INSERT OR IGNORE INTO feedback (id, conversation_id, turn_idx, rating, comment, created_at)
      SELECT 'bench-' || rowid, id, 1, 'down', NULL, updated_at FROM conversations WHERE rowid % 97 = 0 AND turn_count > 0;
      UPDATE conversations SET metadata = json_set(metadata, '$.bot', 'prompt') WHERE rowid % 10 = 0;`);
    const labelled = db
      .prepare("SELECT id FROM conversations WHERE rowid % 50 = 7 LIMIT 2000")
      .pluck()
      .all() as string[];
    const model = db.prepare("SELECT model FROM conversations LIMIT 1").pluck().get() as string;
    return {
      severalStates: { finalStates: ["booked", "handoff", "browsing"] },
      rareStates: { finalStates: ["handoff", "managing_booking"] },
      thumbsDown: { feedback: "down" },
      model: { model },
      modelByTurns: { model, sort: "turns_desc" },
      bot: { bot: "prompt" },
      humanLabelled: { ids: labelled },
      unlabelled: { excludeIds: labelled },
      stateFeedbackSource: { finalStates: ["booked", "browsing"], feedback: "down", source: "synthetic" },
      ...facetQueries(db),
    };
  } finally {
    db.close();
  }
}

/**
 * The facet filters (intent, decision kind, latency, evaluator verdict and mode): the commonest and rarest facets the
 * fill produced, several at once, combined with other filters, another sort and a deep page. Evaluator facets are
 * written as the verdict store's trigger would: 1 in 5 eval conversations failed, half of those "bad_data".
 */
function facetQueries(db: Database.Database): Record<string, ConversationFilter> {
  db.exec(`INSERT OR IGNORE INTO conversation_facets (facet, updated_at, conversation_id)
    SELECT 'verdict:fail', updated_at, id FROM conversations WHERE source = 'eval' AND rowid % 5 = 0;
    INSERT OR IGNORE INTO conversation_facets (facet, updated_at, conversation_id)
    SELECT 'emode:bad_data', updated_at, id FROM conversations WHERE source = 'eval' AND rowid % 10 = 0;`);
  const counts = db
    .prepare("SELECT facet, count(*) AS n FROM conversation_facets GROUP BY facet ORDER BY n DESC")
    .all() as { facet: string; n: number }[];
  const of = (kind: string) => counts.filter((c) => c.facet.startsWith(`${kind}:`)).map((c) => c.facet);
  const intents = of("intent");
  const decisions = of("decision");
  const latency = of("latency").sort((a, b) => Number(b.split(":")[1]) - Number(a.split(":")[1]));
  return {
    intentCommon: { facets: [[intents[0]!]] },
    intentRare: { facets: [[intents.at(-1)!]] },
    intentsSeveral: { facets: [intents.slice(0, 4)] },
    decisionRare: { facets: [[decisions.at(-1)!]] },
    decisionsSeveralAndState: { facets: [decisions.slice(-3)], finalStates: ["booked", "browsing"] },
    latencySlowest: { facets: [latency.slice(0, 2)] },
    evalFail: { facets: [["verdict:fail"]] },
    evalModeAndIntent: { facets: [["verdict:fail"], ["emode:bad_data"], [intents[0]!]] },
    intentAndSource: { facets: [[intents[1] ?? intents[0]!]], source: "ui" },
    intentMostTurns: { facets: [[intents[0]!]], sort: "turns_desc" },
    intentDeepPage: { facets: [[intents[0]!]], offset: 40 * PAGE },
  };
}

/** Bytes per turn by table (rows + their indexes), from SQLite's dbstat view. */
function tableBytes(path: string, turns: number): Record<string, number> {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db
      .prepare(
        "SELECT coalesce(m.tbl_name, d.name) AS t, sum(d.pgsize) AS bytes FROM dbstat d LEFT JOIN sqlite_master m ON m.name = d.name GROUP BY t ORDER BY bytes DESC",
      )
      .all() as { t: string; bytes: number }[];
    return Object.fromEntries(rows.map((r) => [r.t, Math.round(r.bytes / turns)]));
  } finally {
    db.close();
  }
}

// `node --import tsx bench/store.ts [turns]`: only the trace store figures, as JSON.
if (process.argv[1] === fileURLToPath(import.meta.url))
  benchStore(Number(process.argv[2] ?? 100_000)).then(
    (f) => process.stdout.write(`${JSON.stringify(f, null, 2)}\n`),
    (error: unknown) => {
      process.stderr.write(`store bench: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
