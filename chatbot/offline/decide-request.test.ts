import { describe, expect, it } from "vitest";
import { asksSlotGrid } from "./decide-request";
import type { IntentSignals } from "./intent-signals";

/** Signals of a browsing question; each case overrides what it is about. */
function signals(t: string, over: Partial<IntentSignals> = {}): IntentSignals {
  return {
    t,
    state: "browsing",
    expecting: null,
    inBooking: false,
    expectingName: false,
    top: "question",
    p: 0.8,
    scores: { question: 0.8 },
    topics: ["booking_policy"],
    notOffered: [],
    service: null,
    bookable: false,
    hasDate: true,
    dayNamed: true,
    hasTime: true,
    hasClock: false,
    hasSlots: true,
    name: null,
    contact: null,
    isQuestion: true,
    asking: true,
    unknownSubject: false,
    bookVerb: false,
    request: 0.1,
    ...over,
  };
}

describe("asksSlotGrid (one rule for where a day's slot grid starts or ends)", () => {
  it.each([
    ["latest drop-off on thursday?", {}, true],
    ["earliest slot friday?", { topics: [] }, true],
    ["when's the latest i could book for on a thursday?", { bookVerb: true }, true],
    ["last slot for a tune-up on thursday?", { service: "tune_up", bookable: true }, true],
    ["earliest slot for a tune-up on the 2nd?", { service: "tune_up", bookable: true }, false],
    ["can i book the last slot for a tune-up on thursday?", { service: "tune_up", bookVerb: true }, false],
    ["last slot thursday at 6?", { hasClock: true, topics: [] }, true],
    ["last slot for a tune-up thursday at 6?", { hasClock: true, service: "tune_up" }, false],
    ["want it sorted saturday, last slot?", {}, false],
    ["last slot saturday? it's ana", { name: "Ana" }, false],
    ["latest drop-off on thursday", { isQuestion: false }, false],
    ["what are your hours thursday?", { topics: ["hours"] }, false],
    ["could i get a drop-off at 2:45, or only on the half hour?", { hasClock: true, topics: [] }, true],
    ["want a 10:20 slot, or is it half hours only?", { hasClock: true, topics: [] }, true],
    ["tune-up at 10:20, or only on the hour?", { hasClock: true, service: "tune_up" }, false],
  ] as const)("%s → %s", (t, over, want) => {
    expect(asksSlotGrid(signals(t, over as Partial<IntentSignals>))).toBe(want);
  });
});
