import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusTexts } from "../../tests/support/corpus-texts";
import { normalizeText } from "./normalize-text";
import { personsIn, readApart, taggedPersons } from "./tagged-persons";

/** Sentences as the name reader splits a message before tagging it. */
const SENTENCES = /(?<=[.!?])\s+(?=\p{Lu})|\n+/u;

describe("taggedPersons: the tagger's reading sentence by sentence equals its reading of the whole text", () => {
  it("on every message of the repo's sets with two sentences or more", { timeout: 300_000 }, () => {
    const texts = new Set(corpusTexts(resolve(import.meta.dirname, "../..")).map((c) => normalizeText(c.text)));
    let compared = 0;
    for (const text of texts) {
      const sentences = text.split(SENTENCES).filter((s) => /\s\p{Lu}/u.test(` ${s}`));
      // Sentences not read apart are read joined, as the tagger always was.
      if (sentences.length < 2 || !readApart(sentences)) continue;
      compared++;
      expect(taggedPersons(sentences), text).toEqual(personsIn(sentences.join(" ")));
    }
    expect(compared).toBeGreaterThan(500);
  });

  it("remembers a sentence and reads the next one fresh", () => {
    const said = ["I have a Giant Escape that I ride most days.", "My friend Dana Whitfield will drop it off."];
    expect(taggedPersons(said)).toEqual(personsIn(said.join(" ")));
    expect(taggedPersons([said[0]!, "Can Priya Raman collect it?"])).toEqual(
      personsIn(`${said[0]} Can Priya Raman collect it?`),
    );
  });
});
