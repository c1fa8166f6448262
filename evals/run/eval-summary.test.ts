import { describe, expect, it } from "vitest";
import { EvalSummary } from "./eval-summary";
import { aSummary } from "./summary-fixture";

describe("EvalSummary", () => {
  it("parses what summarize writes, after a JSON round trip", () => {
    const summary = aSummary();
    expect(EvalSummary.parse(JSON.parse(JSON.stringify(summary)))).toEqual(summary);
    // A run stored before bot variants existed was the state-machine bot.
    const { bot: _, turnErrors: __, ...older } = JSON.parse(JSON.stringify(summary));
    expect(EvalSummary.parse(older)).toMatchObject({
      bot: { variant: "machine", provider: "unrecorded", model: "unrecorded" },
      turnErrors: { turns: 0, withError: 0 },
    });
  });

  it("rejects the empty summary of a run that never finished", () => {
    expect(EvalSummary.safeParse({}).success).toBe(false);
  });
});
