import { scoreTranscript, type Transcript } from "../evals/index";
import { datasetDir, datasetPath, readDataset } from "../synthetic/index";

/** One long conversation: the default dataset's recorded turns back to back until `messages` messages. */
export function longTranscript(messages: number, dataset = "default"): Transcript {
  const turns = readDataset(datasetPath(datasetDir(), dataset)).flatMap((l) => l.run?.transcript ?? []);
  if (!turns.length) throw new Error(`dataset ${dataset} has no recorded turns`);
  const out: Transcript["messages"] = [];
  for (let i = 0; out.length < messages; i++) {
    const t = turns[i % turns.length]!;
    out.push({ role: "user", content: t.user });
    if (out.length < messages) out.push({ role: "assistant", content: t.bot });
  }
  return { id: `long-${messages}`, now: "2026-06-03T10:00:00-07:00", messages: out };
}

/** Milliseconds to score one `messages`-message transcript with every code check (median of `runs`, after a warm-up). */
export function benchLongTranscript(messages: number, runs: number): { ms: number; runsMs: number[] } {
  scoreTranscript(longTranscript(20));
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = longTranscript(messages); // a fresh array each run: no memo carries over
    const start = performance.now();
    scoreTranscript(t);
    runsMs.push(performance.now() - start);
  }
  return { ms: [...runsMs].sort((a, b) => a - b)[Math.floor(runs / 2)]!, runsMs };
}
