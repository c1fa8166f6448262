import { describe, expect, it } from "vitest";
import { parseListParams } from "../../traces/_lib/list-params";
import { humanFailuresHref, labelledHref, runFailuresHref } from "./trace-links";

const params = (href: string) => Object.fromEntries(new URL(href, "http://x").searchParams);

describe("links from /evals numbers to their traces", () => {
  // The trace browser must understand these URLs: parse them with its own parser, so a renamed parameter fails here.
  it("human-label links are filters the trace browser reads", () => {
    expect(parseListParams(params(humanFailuresHref("ignores_size")))).toMatchObject({
      label: "fail",
      mode: ["ignores_size"],
    });
    expect(parseListParams(params(humanFailuresHref()))).toMatchObject({ label: "fail", mode: [] });
    expect(parseListParams(params(labelledHref("pass")))).toMatchObject({ label: "pass" });
  });
  it("eval-run links carry the run, the mode and the state, escaped", () => {
    expect(runFailuresHref("20260603T101500Z", "bad_data", "booking.collecting")).toBe(
      "/evals/traces?run=20260603T101500Z&mode=bad_data&state=booking.collecting",
    );
    expect(runFailuresHref("r", "any")).toBe("/evals/traces?run=r&mode=any");
    expect(runFailuresHref("r&x", "a b")).toBe("/evals/traces?run=r%26x&mode=a+b");
  });
});
