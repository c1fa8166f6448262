import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../knowledge-base/index";
import { asksPastSpan, classifierText } from "./keyword-senses";
import { unknownPriceObject } from "./unknown-object";

const h = loadKnowledgeBase().handbook;

describe("keyword senses", () => {
  it.each([
    ["thinking I'll pay the shop a quick visit tmrw", "thinking I'll visit you tmrw"],
    ["can I pay by card", "can I pay by card"],
    ["is there parking close to the shop", "is there parking near to the shop"],
    ["what's the closest train station", "what's the nearest train station"],
    ["what time do you close on friday", "what time do you close on friday"],
    ["sorry, where was i? what's booked so far", "sorry, what have we got so far? what's booked so far"],
    ["where did we leave off", "what have we got so far"],
    ["where are you located", "where are you located"],
    ["tune-up. name's Ola, phone 503 555 0147", "tune-up. name's Ola,  "],
    ["email me at ola@example.org please", "email me at ola@example.org please"],
    ["is your email info@josbikeshop.com?", "is your email info@josbikeshop.com?"],
  ])("classifierText(%j) → %j", (text, out) => expect(classifierText(text)).toBe(out));
});

describe("asksPastSpan: 'how long' of time gone by, not of a job", () => {
  it.each<[string[], boolean]>([
    [["how long have you been in business"], true],
    [["how many years has JO's been going"], true],
    [["how long did the last customer wait lol", "how long is a flat fix"], false],
    [["how long does a full service take"], false],
  ])("%j → %s", (clauses, out) => expect(asksPastSpan(clauses)).toBe(out));
});

describe("unknownPriceObject: a price question about something the handbook never names", () => {
  it.each([
    ["what would you charge to put on new grips", true],
    ["ballpark cost for a new crankset?", true],
    ["how much are new pedals", true],
    ["how much for a new inner tube", false],
    ["what's the cost of truing both wheels", false],
    ["how much is it roughly", false],
    ["any charge if I have to move my slot", false],
    ["how much do you charge for overhauling a bike", false],
    ["is there a charge to cancel last minute", false],
    ["what's the cost to return an unused lock", false],
    ["how much for a new chain", true],
  ])("%s → %s", (text, out) => expect(unknownPriceObject(h, text)).toBe(out));
});
