import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openTraceStore, type SpanRecord, type TraceStore, type TurnRecord } from "../traces/index";
import { createRuntime } from "../chatbot/index";
import { percentile } from "./stats";

const SOURCES = ["ui", "cli", "synthetic", "eval"] as const;

/** Real turns (with spans) from a short offline conversation, used as templates for generated ones. */
async function templateTurns(): Promise<{ turn: TurnRecord; spans: SpanRecord[] }[]> {
  const dir = mkdtempSync(join(tmpdir(), "bench-tpl-"));
  const rt = createRuntime({ databasePath: join(dir, "t.db"), env: { LLM_PROVIDER: "offline" } });
  let id: string | undefined;
  for (const m of ["Hi", "What time do you close on Saturday?", "I'd like to book a tune-up", "Friday", "10:30am", "Sarah Lee", "sarah@example.com", "yes", "thanks", "bye"]) {
    const r = await rt.runTurn({ conversationId: id, message: m, now: "2026-11-23T09:00:00-08:00", source: "eval" });
    if (r.ok) id = r.turn.conversationId;
  }
  await rt.close();
  const store = openTraceStore(join(dir, "t.db"));
  const turns = store.getTurns(id!).map(({ spans, ...turn }) => ({ turn, spans }));
  store.close();
  rmSync(dir, { recursive: true, force: true });
  return turns;
}

/** Fills a store with `conversations` × 10 generated turns (each with its spans), the way the runtime commits them. */
function fill(store: TraceStore, conversations: number, tpl: { turn: TurnRecord; spans: SpanRecord[] }[]) {
  const t0 = Date.parse("2026-01-01T00:00:00Z");
  for (let c = 0; c < conversations; c++) {
    const id = `c_bench_${c}`;
    const at = new Date(t0 + c * 60_000).toISOString();
    store.createConversation({ id, source: SOURCES[c % 4]!, scenarioId: null, model: "offline-rules-v1", promptVersion: "p", handbookVersion: "h", appVersion: "0", metadata: {}, createdAt: at });
    tpl.forEach(({ turn, spans }, i) => {
      const traceId = `${c.toString(16).padStart(16, "0")}${i.toString(16).padStart(16, "0")}`;
      store.commitTurn(
        { ...turn, conversationId: id, index: i + 1, traceId, createdAt: at },
        spans.map((s, k) => ({ ...s, traceId, spanId: `${c.toString(16).padStart(12, "0")}${i.toString(16).padStart(2, "0")}${k.toString(16).padStart(2, "0")}` })),
      );
    });
  }
}

/** Trace store at scale: list/filter page p95 and bytes per turn over `turns` generated turns. */
export async function benchStore(turns: number) {
  const dir = mkdtempSync(join(tmpdir(), "bench-store-"));
  const path = join(dir, "big.db");
  const store = openTraceStore(path);
  const tpl = await templateTurns();
  const started = performance.now();
  fill(store, Math.ceil(turns / tpl.length), tpl);
  const fillSeconds = (performance.now() - started) / 1000;
  const queries = [
    {},
    { source: "synthetic" as const },
    { finalState: "booked" },
    { source: "ui" as const, sort: "turns_desc" as const },
    { from: "2026-01-02", to: "2026-01-05" },
    { offset: 5000 },
  ];
  const samples: number[] = [];
  for (let i = 0; i < 300; i++) {
    const t = performance.now();
    store.listConversations(queries[i % queries.length]);
    samples.push(performance.now() - t);
  }
  store.close();
  const bytes = statSync(path).size;
  rmSync(dir, { recursive: true, force: true });
  return { turns, fillSeconds, storeListP95Ms: percentile(samples, 95), bytesPerTurn: Math.round(bytes / turns), store: { dir, path } };
}
