import { describe, expect, it } from "vitest";
import { handbook as h } from "../../knowledge-base/index";
import { withoutOtherSenses } from "./other-sense";

const kept = (text: string, word: string, earlier: string[] = []) =>
  withoutOtherSenses(h, text.toLowerCase(), earlier).includes(word);

describe("withoutOtherSenses: a shop word used in another sense names nothing the shop does", () => {
  it.each([
    ["honestly my mood's been so flat lately, anyway what's a tune-up cost", "flat"],
    ["i'm feeling a bit flat today. are you open saturday", "flat"],
    ["the beer went totally flat, ha. how much for truing", "flat"],
    ["my motor skills are shot after the gym, can I book a full service", "motor"],
    ["his battery life has been terrible on his phone lol, when do you open", "battery"],
    ["my battery is drained after a double shift at the hospital, need a tune-up friday", "battery"],
  ])("%s → %s is another sense", (text, word) => expect(kept(text, word)).toBe(false));

  it.each([
    ["my back tyre is flat, can you fix it", "flat"],
    ["it's flat again, third time this week", "flat"],
    ["the front one went flat overnight", "flat"],
    ["how much is a flat fix", "flat"],
    ["got a flat, how much?", "flat"],
    ["my motor makes a weird grinding noise", "motor"],
    ["can you test my battery", "battery"],
    ["the battery on my e-bike is dead after a long ride, also need a tune-up", "battery"],
    ["how much is truing a wheel", "truing"],
    ["gear cable snapped on my commute, can I book that", "cable"],
    ["Sunday 15th 11am tune up for Kim", "tune"],
  ])("%s → %s keeps the shop's sense", (text, word) => expect(kept(text, word)).toBe(true));

  it("an e-bike talked about a message before keeps the e-bike word's sense", () => {
    expect(
      kept("battery is totally knackered after the commute, and a tune-up please", "battery", ["I ride an e-bike"]),
    ).toBe(true);
  });
});

describe("withoutOtherSenses: a shop word modifying an object's head noun is that noun's sense", () => {
  it.each([
    ["ordered a flat white with oat milk then came over. open now?", "flat"],
    ["grabbing a flat white first — what time do you open", "flat"],
  ])("%s → %s is another sense", (text, word) => expect(kept(text, word)).toBe(false));

  it.each([
    ["need a cable sorted, sometime next week?", "cable"],
    ["had a flat again this morning, how much to fix", "flat"],
    ["want a wheel trued before the race", "wheel"],
  ])("%s → %s stays the bike's", (text, word) => expect(kept(text, word)).toBe(true));
});
