import { describe, expect, it } from "vitest";
import { convo } from "../checks/test-support";
import { renderJunit } from "./report-junit";
import { renderMarkdown } from "./report-markdown";
import type { ConversationResult } from "./summary";
import { aSummary } from "./summary-fixture";

const results: ConversationResult[] = [
  {
    conversationId: "c1",
    scenarioId: "s<1>",
    trap: null,
    transcript: convo(["q", "a"]),
    states: ["browsing"],
    judges: [],
    durationMs: 1250,
    score: {
      id: "c1",
      pass: false,
      failures: [
        {
          mode: "bad_data",
          turn: 1,
          evaluator: "check-hours-claims",
          reason: 'says "5pm" & more',
          factIds: ["hours.sat"],
        },
      ],
    },
  },
  {
    conversationId: "c2",
    scenarioId: "s2",
    trap: null,
    transcript: convo(["q", "a"]),
    states: ["browsing"],
    judges: [],
    score: { id: "c2", pass: true, failures: [] },
  },
];
const s = aSummary("r1", {
  startedAt: "a",
  finishedAt: "b",
  results,
  alignment: {},
  thresholds: { maxRate: { bad_data: 0.1 }, regressionTolerance: 0.05 },
  evaluators: [{ id: "check-hours-claims", kind: "code", version: "abc" }],
  draws: 10,
});

describe("reports", () => {
  it("renders Markdown with rates, gate, worst traces and the state matrix", () => {
    const md = renderMarkdown(s);
    expect(md).toContain("**Gate: FAIL**");
    expect(md).toContain("| bad_data | 50.0% (1/2 decided) | 0 |");
    expect(md).toContain("`c1` (scenario `s<1>`)");
    expect(md).toContain("| browsing (2) |");
  });
  it("renders well-formed, escaped JUnit XML", () => {
    const xml = renderJunit(s, results);
    expect(xml).toMatch(/^<\?xml/);
    expect(xml).toContain('<testsuite name="bad_data" tests="2" failures="1" skipped="0" time="1.250">');
    expect(xml).toContain("says &quot;5pm&quot; &amp; more");
    expect(xml).toContain('<testcase classname="eval.bad_data" name="s&lt;1&gt;" time="1.250"><failure');
    expect(xml).toContain("<system-out>conversation c1</system-out>");
    expect(xml).toContain('<testsuite name="gate" tests="1" failures="1">');
  });
  it("names JUnit cases by dataset item, so a second run (new conversation ids) has the same names", () => {
    const names = (xml: string) => [...xml.matchAll(/<testcase [^>]*name="([^"]*)"/g)].map((m) => m[1]);
    const again = results.map((r) => ({ ...r, conversationId: `${r.conversationId}-run2` }));
    expect(names(renderJunit(s, again))).toEqual(names(renderJunit(s, results)));
    expect(names(renderJunit(s, results))).toContain("s2");
  });
});
