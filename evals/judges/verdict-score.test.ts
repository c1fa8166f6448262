import { describe, expect, it } from "vitest";
import { logSumExp, verdictScore, verdictWord } from "./verdict-score";

describe("verdictWord", () => {
  it.each([
    [" fail", "fail"],
    ["Fail", "fail"],
    [" failed", "fail"],
    ["f", "fail"],
    ['"fail', "fail"],
    [" pass", "pass"],
    ["PASS", "pass"],
    [" pa", "pass"],
    [" passed", "pass"],
    [" sat", null],
    ["\n", null],
    ["", null],
    [" fashion", null],
    [" no", null],
  ])("%j → %s", (token, word) => expect(verdictWord(token)).toBe(word));
});

describe("logSumExp", () => {
  it("is log of the summed probabilities, stable for very small values", () => {
    expect(logSumExp([Math.log(0.2), Math.log(0.3)])).toBeCloseTo(Math.log(0.5), 12);
    expect(logSumExp([-1000, -1000])).toBeCloseTo(-1000 + Math.log(2), 9);
    expect(logSumExp([Number.NEGATIVE_INFINITY])).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe("verdictScore: s = log P(fail variants) − log P(pass variants)", () => {
  it("sums every variant of each word", () => {
    const s = verdictScore([
      { token: " fail", logprob: Math.log(0.4) },
      { token: " pass", logprob: Math.log(0.1) },
      { token: " sit", logprob: Math.log(0.1) },
      { token: " failed", logprob: Math.log(0.1) },
      { token: " Pass", logprob: Math.log(0.15) },
    ]);
    expect(s).toMatchObject({ ok: true, bounded: false });
    if (!s.ok) throw new Error("expected a score");
    expect(s.score).toBeCloseTo(Math.log(0.5 / 0.25), 12);
  });

  it("is negative when pass is more probable", () => {
    const s = verdictScore([
      { token: "pass", logprob: -0.2 },
      { token: "fail", logprob: -2.2 },
    ]);
    expect(s.ok && s.score).toBeCloseTo(-2, 12);
  });

  it("bounds a missing word by the least probable token listed", () => {
    const s = verdictScore([
      { token: " pass", logprob: -0.5 },
      { token: " sat", logprob: -3 },
      { token: "\n", logprob: -6 },
    ]);
    expect(s).toMatchObject({ ok: true, bounded: true, logFail: -6, logPass: -0.5 });
    expect(s.ok && s.score).toBeCloseTo(-5.5, 12);
  });

  it("is an error when neither word is among the top tokens", () => {
    expect(verdictScore([{ token: " sat", logprob: -0.1 }])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/neither "pass" nor "fail"/),
    });
    expect(verdictScore([])).toMatchObject({ ok: false });
  });
});
