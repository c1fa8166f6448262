import { describe, expect, it } from "vitest";
import { arrivalIn } from "./relative-arrival";

const NOW = "2026-06-02T17:40:00-07:00";
describe("arrivalIn", () => {
  it.each([
    ["I can pop in in 20 minutes", { date: "2026-06-02", time: 18 * 60 }],
    ["great, see you in about an hour!", { date: "2026-06-02", time: 18 * 60 + 40 }],
    ["I'll head over in half an hour", { date: "2026-06-02", time: 18 * 60 + 10 }],
    ["it'll be ready in 20 minutes", null],
    ["we close in 20 minutes", null],
  ])("%s", (text, expected) => expect(arrivalIn(text, NOW, "America/Los_Angeles")).toEqual(expected));
});
