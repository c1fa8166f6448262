import { percentile } from "../../../bench/stats";
import { nextBookableFriday } from "../harness/booking-date";
import type { Scenario } from "../harness/scenario";

const CONVERSATIONS = 50;

/** The chat-key cookie each conversation was started with (a conversation continues only with its key). */
const keys = new Map<string, string>();

/** Sends one message to /api/chat and reads the NDJSON stream to its `done` event. */
async function turn(baseUrl: string, conversationId: string | undefined, message: string) {
  const started = performance.now();
  const res = await fetch(`${baseUrl}/api/chat`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: baseUrl,
      cookie: (conversationId && keys.get(conversationId)) || "",
    },
    body: JSON.stringify(conversationId ? { conversationId, message } : { message }),
  });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${body.slice(0, 200)}`);
  const events = body
    .trim()
    .split("\n")
    .map(
      (l) =>
        JSON.parse(l) as {
          type: string;
          turn?: { conversationId: string; turn: number; reply: string };
          message?: string;
        },
    );
  const done = events.find((e) => e.type === "done");
  const error = events.find((e) => e.type === "error");
  if (error || !done?.turn)
    throw new Error(`stream ended without a reply: ${JSON.stringify(error ?? events.at(-1)).slice(0, 200)}`);
  const issued = res.headers.getSetCookie().find((c) => c.startsWith("jbs_chat="));
  if (issued) keys.set(done.turn.conversationId, issued.split(";")[0]!);
  return { ...done.turn, ms: performance.now() - started };
}

/** 50 concurrent conversations × 10 turns against the running server (offline engine). */
export const scenarios: Scenario[] = [
  {
    name: "load: 50 concurrent conversations × 10 turns, every turn answered and stored exactly once",
    timeoutMs: 240_000,
    async run(ctx) {
      const friday = nextBookableFriday().phrase;
      const script = [
        "What time do you close on Saturday?",
        "Do you service e-bikes?",
        "Do you charge for safety inspections?",
        "Can I walk in for a tune-up?",
        "How much is a full service?",
        "What's your cancellation policy?",
        "I'd like to book a tune-up",
        friday,
        "10:30am",
        "Alex Load",
      ];
      const latencies: number[] = [];
      await turn(ctx.baseUrl, undefined, "hi"); // warm-up: the first request loads the route module
      const ids = await Promise.all(
        Array.from({ length: CONVERSATIONS }, async () => {
          let id: string | undefined;
          for (const [i, message] of script.entries()) {
            const t = await turn(ctx.baseUrl, id, message);
            if (t.turn !== i + 1) throw new Error(`expected turn ${i + 1}, got ${t.turn}`);
            if (!t.reply.trim()) throw new Error(`empty reply to "${message}"`);
            latencies.push(t.ms);
            id = t.conversationId;
          }
          return id!;
        }),
      );
      for (const id of ids) {
        const res = await fetch(`${ctx.baseUrl}/api/conversations/${id}`, { headers: { cookie: keys.get(id) ?? "" } });
        const body = (await res.json()) as { turns: { index?: number; turn?: number }[] };
        const indexes = body.turns.map((t) => t.index ?? t.turn);
        if (JSON.stringify(indexes) !== JSON.stringify([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
          throw new Error(`conversation ${id} stored turns ${JSON.stringify(indexes)}`);
      }
      ctx.note(
        `load: ${latencies.length} turns over ${CONVERSATIONS} concurrent conversations, reply p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms`,
      );
    },
  },
];
