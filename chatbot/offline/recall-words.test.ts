import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { recallReply } from "./recall-reply";

const said = (text: string) => [
  { role: "user" as const, content: "question" },
  { role: "assistant" as const, content: text },
];

// A pointing-back question no kind of item reads is answered by the sentence sharing its words (phrasings of our own).
describe("recall by the words a question shares with an earlier reply", () => {
  const history = said("We open at 9am. You can return unused parts and accessories within 30 days with the receipt.");
  it.each([
    "sorry, how many days was that again?",
    "how many days did you tell me i had",
    "and the window you mentioned, how many days exactly?",
  ])("%s → the sentence with the days", (q) => {
    expect(recallReply(handbook, q, history)).toContain("30 days");
  });

  it("a question that does not point back, or shares no word, recalls nothing", () => {
    expect(recallReply(handbook, "how many days do I have to return things?", history)).toBeNull();
    expect(recallReply(handbook, "did you say anything about parking?", history)).toBeNull();
  });
});
