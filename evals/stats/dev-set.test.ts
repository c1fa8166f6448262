import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scoreTranscript } from "../checks/index";
import { HeldoutItem, heldoutFigures } from "./heldout-figures";

// Dev transcripts in the style of an LLM bot (markdown, bullets, "a.m.", number-word times, hedges), written for
// tuning by the evaluators' author. Not the blind set: that one is only ever run through `pnpm eval:heldout`.
const items = readFileSync("evals/labelled/dev-llm-style.jsonl", "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => HeldoutItem.parse(JSON.parse(l)));

describe("code checks on the LLM-style dev transcripts", () => {
  it("pass what passes, catch what fails, for the right reason", () => {
    const f = heldoutFigures(
      items,
      items.map((t) => scoreTranscript(t)),
    );
    console.log(
      `[dev llm-style] n=${f.n} TPR=${f.tpr?.toFixed(3)} TNR=${f.tnr?.toFixed(3)} right reason ${f.rightReason}/${f.caught}`,
    );
    expect(f.tpr).toBe(1);
    expect(f.tnr).toBeGreaterThanOrEqual(0.9);
    expect(f.rightReason).toBe(f.caught);
  });
});
