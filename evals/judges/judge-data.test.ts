import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { OpenAIChatLine } from "../../traces/index";
import type { LabelledTranscript } from "../schema";
import type { SplitName } from "../stats/split";
import { expectedJudgeAnswer, judgeTrainingLines } from "./judge-data";

const item = (id: string, label: LabelledTranscript["label"]): LabelledTranscript => ({
  id,
  now: "2026-11-23T09:00:00-08:00",
  scenario: id,
  messages: [
    { role: "user", content: "When do you close Saturday?" },
    { role: "assistant", content: label.pass ? "3pm on Saturdays." : "5pm on Saturdays." },
  ],
  label,
});
const wrong = item("w", { pass: false, modes: ["bad_data"], firstFailTurn: 1, note: "says 5pm; hours.sat says 3pm" });
const right = item("r", { pass: true, modes: [], note: "" });
const held = item("t", { pass: false, modes: ["bad_data"], note: "test item" });
const split = new Map<string, SplitName>([
  ["w", "train"],
  ["r", "train"],
  ["t", "test"],
]);

describe("judge fine-tuning data", () => {
  it("one OpenAI chat line per train item × mode, never an item of another split", () => {
    const lines = judgeTrainingLines([wrong, right, held], split, "train", handbook);
    expect(lines).toHaveLength(2 * 3);
    for (const l of lines) OpenAIChatLine.parse(l);
    expect(lines.some((l) => l.messages[1]?.content.includes("test item"))).toBe(false);
    expect(judgeTrainingLines([wrong, right, held], split, "dev", handbook)).toEqual([]);
  });

  it("system = the judge's zero-shot prompt for the mode, user = the transcript as the judge reads it", () => {
    const [first] = judgeTrainingLines([wrong], split, "train", handbook, ["bad_data"]);
    expect(first?.messages.map((m) => m.role)).toEqual(["system", "user", "assistant"]);
    expect(first?.messages[0]?.content).toMatch(/for ONE failure mode[\s\S]*bad_data/);
    expect(first?.messages[0]?.content).not.toMatch(/Labelled examples/);
    expect(first?.messages[1]?.content).toMatch(
      /^Reference time \(America\/Los_Angeles\): 2026-11-23T09:00:00-08:00\nCustomer: When do you close Saturday\?\nAssistant \(turn 1\): 5pm/,
    );
  });

  it.each([
    [wrong, "bad_data", { verdict: "fail", turn: 1, critique: "says 5pm; hours.sat says 3pm" }],
    [
      wrong,
      "over_eager",
      { verdict: "pass", turn: null, critique: "No over_eager failure in the assistant's messages." },
    ],
    [right, "bad_data", { verdict: "pass", turn: null, critique: "Every claim matches the handbook." }],
  ] as const)("the expected answer for %#", (it, mode, expected) => {
    expect(expectedJudgeAnswer(it, mode)).toEqual(expected);
  });
});
