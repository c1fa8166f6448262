import { describe, expect, it } from "vitest";
import { handbook } from "../knowledge-base/index";
import { resolveWhen } from "./resolve-when";
import { runChat } from "./test-support";

// Wednesday 2 December 2026, 2pm in Portland.
const NOW = "2026-12-02T14:00:00-08:00";
const when = (text: string) => resolveWhen(handbook, text, null, NOW);

describe("a day said only roughly is a span to choose from, not the day", () => {
  it.each([
    ["a truing roughly on the 10th", { start: "2026-12-07", end: "2026-12-13" }],
    ["full service, the 15th or thereabouts", { start: "2026-12-12", end: "2026-12-18" }],
    ["cable job thursday-ish", { start: "2026-12-03", end: "2026-12-06" }],
    ["in three weeks or so for a tune-up", { start: "2026-12-20", end: "2026-12-26" }],
  ])("%s", (text, range) => {
    expect(when(text)).toMatchObject({ date: null, range });
  });

  it.each(["what about the 10th?", "how about friday then", "friday at about 3"])(
    "a plain day stays that day (%s)",
    (text) => {
      expect(when(text).date).not.toBeNull();
    },
  );

  it("the booking asks which day, offering the open days around it", async () => {
    const [r] = await runChat(["could I book a full service around the 17th?"], NOW);
    expect(r!.context.expecting).toBe("date");
    expect(r!.context.draft.date ?? null).toBeNull();
    expect(r!.reply).toMatch(/December 15.*December 19|December 16.*December 18/);
  });
});
