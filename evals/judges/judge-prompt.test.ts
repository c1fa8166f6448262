import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { convo } from "../checks/test-support";
import type { LabelledTranscript } from "../schema";
import type { SplitName } from "../stats/index";
import {
  assertTrainOnly,
  buildJudgeSystemPrompt,
  judgeMessages,
  renderTranscript,
  selectFewShots,
  traceHash,
  WORD_ANSWER_RULE,
} from "./judge-prompt";

const item = (id: string, scenario: string, pass: boolean, reply: string): LabelledTranscript => ({
  ...convo(["sat hours?", reply], undefined, id),
  scenario,
  label: { pass, modes: pass ? [] : ["bad_data"], note: pass ? "correct hours" : "Saturday closes at 3pm" },
});
const train = [
  item("a", "sat", false, "Open until 5pm Saturday."),
  item("b", "sat", true, "Saturday 9am–3pm."),
  item("c", "tue", true, "Tuesday 10am–6pm."),
  item("d", "x", false, "Open until 8 Fridays."),
];
const split = new Map<string, SplitName>([
  ["a", "train"],
  ["b", "train"],
  ["c", "train"],
  ["d", "train"],
  ["z", "test"],
]);

describe("judge prompt", () => {
  it("picks 2–4 train examples: failures of the mode, one borderline pass, one plain pass", () => {
    const shots = selectFewShots(train, "bad_data", split);
    expect(shots.map((s) => [s.id, s.verdict, s.borderline])).toEqual([
      ["a", "fail", false],
      ["d", "fail", false],
      ["b", "pass", true],
      ["c", "pass", false],
    ]);
  });

  it("refuses examples outside the train split", () => {
    expect(() => assertTrainOnly([{ id: "z" }], split)).toThrow(/test split/);
    expect(() => assertTrainOnly([{ id: "nope" }], split)).toThrow(/unknown/);
    expect(() =>
      selectFewShots([...train, item("z", "q", false, "Closed Tuesdays.")], "bad_data", split),
    ).not.toThrow();
    const leaky = new Map(split).set("a", "dev");
    expect(() => selectFewShots(train, "bad_data", leaky)).toThrow(/a is in the dev split/);
  });

  it("holds the definition, the mode's facts with ids, the examples and critique-before-verdict JSON rules", () => {
    const shots = selectFewShots(train, "bad_data", split);
    const { content, hash } = buildJudgeSystemPrompt(handbook, "bad_data", shots);
    expect(content).toMatch(/^You review/);
    expect(content).toContain("bad_data:");
    expect(content).toContain("[hours.sat] Saturday: open 9am to 3pm.");
    expect(content).not.toContain("[notoffered.rentals]");
    expect(content).toContain("Example 3 (borderline)");
    expect(content.indexOf("critique")).toBeLessThan(content.lastIndexOf("verdict"));
    expect(hash).toBe(buildJudgeSystemPrompt(handbook, "bad_data", shots).hash);
    expect(hash).not.toBe(buildJudgeSystemPrompt(handbook, "over_eager", shots).hash);
    const msgs = judgeMessages(content, convo(["hi", "Hello!"]));
    expect(msgs.map((m) => m.role)).toEqual(["system", "user"]);
  });

  it("a scored judge's prompt: examples end 'Answer: <word>', the rule asks for the word alone, and its hash differs", () => {
    const shots = selectFewShots(train, "bad_data", split);
    const word = buildJudgeSystemPrompt(handbook, "bad_data", shots, "word");
    expect(word.content).toContain("Assistant (turn 1): Open until 5pm Saturday.\nAnswer: fail\n");
    expect(word.content).toContain("Assistant (turn 1): Saturday 9am–3pm.\nAnswer: pass\n");
    expect(word.content).not.toContain('"verdict"');
    expect(word.content.endsWith(WORD_ANSWER_RULE)).toBe(true);
    expect(word.hash).not.toBe(buildJudgeSystemPrompt(handbook, "bad_data", shots).hash);
  });

  it("numbers assistant turns and hashes content, not ids", () => {
    expect(renderTranscript(convo(["a", "b", "c", "d"]))).toMatch(/Assistant \(turn 2\): d/);
    expect(traceHash(convo(["a", "b"], undefined, "x"))).toBe(traceHash(convo(["a", "b"], undefined, "y")));
  });
});
