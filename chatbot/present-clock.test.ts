import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../knowledge-base/index";
import { presentClock } from "./present-clock";

const h = loadKnowledgeBase().handbook;

describe("presentClock", () => {
  it.each([
    ["any chance you're open rn", "2026-11-28T16:30:00-08:00", { date: "2026-11-28", clock: "16:30" }],
    ["still open? i'm like 5 min out", "2026-11-24T17:55:00-08:00", { date: "2026-11-24", clock: "17:55" }],
    // The shop's zone decides the day: 02:00 UTC on the 25th is still the 24th in Portland.
    ["could I pop over now", "2026-11-25T02:00:00Z", { date: "2026-11-24", clock: "18:00" }],
    ["what are your saturday hours", "2026-11-28T16:30:00-08:00", null],
    ["I know you're closed tomorrow", "2026-11-28T16:30:00-08:00", null],
  ])("%s at %s → %j", (text, now, expected) => expect(presentClock(h, text, now)).toEqual(expected));
});
