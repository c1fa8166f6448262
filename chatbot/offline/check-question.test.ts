import { describe, expect, it } from "vitest";
import { checksBeforeYes } from "./check-question";

describe("checksBeforeYes: a question checking the details at the confirmation is no yes", () => {
  it.each([
    "so that's the wednesday, not thursday, right?",
    "hang on, 11:30 and not 11, correct?",
    "just to double-check — it's the full service?",
    "before we lock it in, that's my work email yeah?",
    "the 4th is a friday, isn't it?",
  ])("%s → checks", (t) => expect(checksBeforeYes(t)).toBe(true));

  it.each(["yes please", "yep, that's right", "sounds right", "yes — and it's the 30th right?", "ok book it"])(
    "%s → a yes",
    (t) => expect(checksBeforeYes(t)).toBe(false),
  );
});
