import { describe, expect, it } from "vitest";
import { ScoreResult } from "../schema";
import { formatScores, scoreJsonl, scoreJsonlStream } from "./score-file";

const good = (id: string, reply: string) =>
  JSON.stringify({
    id,
    now: "2026-06-03T10:00:00-07:00",
    messages: [
      { role: "user", content: "sat hours?" },
      { role: "assistant", content: reply },
    ],
    metadata: { source: "other-bot" },
  });

describe("scoreJsonl", () => {
  it("scores good lines and reports malformed ones by line number", () => {
    const text = [
      good("a", "Saturday 9am–3pm."),
      "{not json",
      "",
      good("b", "We're open until 5pm Saturday."),
      JSON.stringify({ id: "c", messages: [] }),
    ].join("\n");
    const r = scoreJsonl(text);
    expect(r.results.map((x) => [x.id, x.pass])).toEqual([
      ["a", true],
      ["b", false],
    ]);
    expect(r.errors.map((e) => e.line)).toEqual([2, 5]);
    expect(r.errors[1]!.error).toMatch(/now/);
    for (const x of r.results) ScoreResult.parse(x);
    expect(Object.keys(r.results[1]!.failures[0]!).sort()).toEqual(["evaluator", "factIds", "mode", "reason", "turn"]);
    expect(formatScores(r)).toMatch(/2 scored, 1 failed, 2 malformed/);
  });
});

describe("scoreJsonlStream", () => {
  it("scores lines as they arrive, reports malformed ones by line number and skips blank ones", async () => {
    async function* lines() {
      yield JSON.stringify({
        id: "ok",
        now: "2026-06-03T10:00:00-07:00",
        messages: [{ role: "assistant", content: "We're open until 5pm Saturday." }],
      });
      yield "";
      yield "{nope";
      yield JSON.stringify({ id: "fine", now: "2026-06-03T10:00:00-07:00", messages: [] });
    }
    const seen: string[] = [];
    const counts = await scoreJsonlStream(lines(), {
      result: (r) => seen.push(`${r.id}:${r.pass}`),
      error: (e) => seen.push(`line ${e.line}`),
    });
    expect(seen).toEqual(["ok:false", "line 3", "fine:true"]);
    expect(counts).toEqual({ scored: 2, failed: 1, uncertain: 0, malformed: 1 });
  });
});
