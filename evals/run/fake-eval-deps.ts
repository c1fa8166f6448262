import type { LabelledTranscript, Transcript } from "../schema";
import type { EvalDeps, Replayed } from "./run";
import { openVerdictStore } from "./verdict-store";

/** Test double of `createEvalDeps`: canned transcripts instead of the bot, in-memory SQLite, writes kept in a map. */
export function createFakeEvalDeps(
  o: { transcripts: Transcript[]; labelled?: LabelledTranscript[]; states?: string[][] },
  overrides: Partial<EvalDeps> = {},
): EvalDeps & { written: Map<string, string>; logs: string[] } {
  const written = new Map<string, string>();
  const logs: string[] = [];
  let tick = 0;
  const byId = new Map(
    o.transcripts.map((t, i) => [
      t.id,
      { t, states: o.states?.[i] ?? t.messages.filter((m) => m.role === "assistant").map(() => "browsing") },
    ]),
  );
  return {
    bot: { variant: "machine", provider: "fake", model: "fake-model" },
    loadDataset: () => o.transcripts.map((t) => ({ id: t.id, scenarioId: `s-${t.id}`, trap: null, payload: t.id })),
    replay: async (item): Promise<Replayed> => {
      const hit = byId.get(item.payload as string)!;
      return { conversationId: `c-${hit.t.id}`, transcript: hit.t, states: hit.states };
    },
    labelled: () => ({ items: o.labelled ?? [], hash: "fake" }),
    judges: () => [],
    store: openVerdictStore(":memory:"),
    baseline: () => null,
    thresholds: () => ({
      maxRate: { bad_data: 0.5, policy_confusion: 0.5, over_eager: 0.5, any: 0.5 },
      regressionTolerance: 0.1,
    }),
    write: (path, text) => void written.set(path, text),
    now: () => new Date(Date.UTC(2026, 5, 1, 12, 0, tick++)).toISOString(),
    elapsedMs: () => 0, // deterministic wall times: reports of sequential and concurrent runs compare equal
    progress: () => ({ tick() {}, stop() {} }),
    log: (line) => void logs.push(line),
    written,
    logs,
    ...overrides,
  };
}
