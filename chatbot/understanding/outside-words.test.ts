import { describe, expect, it } from "vitest";
import { handbook as h } from "../../knowledge-base/index";
import { outsideWords } from "./outside-words";

describe("outsideWords: words the corpus marks as outside the handbook", () => {
  it.each([
    ["any parking round the back?", ["parking"]],
    ["student discount on that?", ["student", "discount"]],
    ["is the toilet free to use", ["toilet"]],
  ])("%s → %j", (text, words) => {
    expect(outsideWords(h, text)).toEqual(words);
  });

  it.each([
    "how much is a tune-up",
    "can I pay by card",
    "where are you located",
    "could you recommend a time to come by",
    "i found a crack in the rim, can you true it",
  ])("a covered question has none: %s", (text) => {
    expect(outsideWords(h, text)).toEqual([]);
  });
});
