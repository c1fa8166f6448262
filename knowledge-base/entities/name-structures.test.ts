import { describe, expect, it } from "vitest";
import { recognizeNames } from "./recognize-names";

// Structures of a name the recogniser reads whole (round 12; phrasings of our own).
describe("a full name written after the given name, the courtesy word after 'for', a lower-case word before a name", () => {
  it.each([
    // the given name, then the full name in the next sentence or after a dash
    ["hi it's Mateo — Mateo Villanueva. A tune-up on friday?", "Mateo Villanueva"],
    ["I'm Greta. Greta Lindholm. Need a cable", "Greta Lindholm"],
    // a spelling explained with capital letters first: "a Y. Kathryn…" is not the name
    ["it's Rhys, with an R and a Y. Rhys Pritchard", "Rhys Pritchard"],
    // a courtesy word after the name that closes the request
    ["full service monday at 9 for Adaeze Okonkwo please", "Adaeze Okonkwo"],
    ["truing at noon for Ilse de Wit, cheers", "Ilse de Wit"],
    // the surname's spelling announced before the name ("spelled", "spelt" are no part of it)
    ["oh no, the surname is spelled Haugen. Siri Haugen", "Siri Haugen"],
  ])("%s → %s", (text, name) => {
    expect(recognizeNames(text, false)[0]?.value).toBe(name);
  });

  it.each([
    ["Eun-ji Park Ha. do you want a deposit?", "Eun-ji Park Ha"],
    ["Ana María de la Cruz. Is there parking?", "Ana María de la Cruz"],
  ])("%s → a name answered as the first sentence before a question", (text, name) => {
    expect(recognizeNames(text, true)[0]?.value).toBe(name);
  });

  it.each(["Thanks. Do I pay now?", "Sounds Good. what next", "book it for Thursday please"])(
    "%s → no name",
    (text) => {
      expect(recognizeNames(text, !text.startsWith("book"))).toEqual([]);
    },
  );
});
