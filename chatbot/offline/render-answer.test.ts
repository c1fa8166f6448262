import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../knowledge-base/index";
import { renderAnswer } from "./render-answer";

const h = loadKnowledgeBase().handbook;

describe("renderAnswer", () => {
  it("a holiday question about a named weekday gives that weekday's regular hours and the holiday", () => {
    const text = renderAnswer(h, ["holidays"], "fri", null, null, { holidays: ["holiday.thanksgiving"] });
    expect(text).toMatch(/On Fridays we're open 10am to 6pm/);
    expect(text).toMatch(/Thanksgiving Day/);
  });
  it("the whole price list goes from the cheapest to the dearest", () => {
    const text = renderAnswer(h, ["prices"], null, null, null);
    expect(text.indexOf("safety inspection")).toBeLessThan(text.indexOf("tune-up"));
    expect(text.indexOf("wheel truing")).toBeLessThan(text.indexOf("full service"));
  });
  it("walk-in question without a service names both lists", () => {
    expect(renderAnswer(h, ["walk_in"], null, null, null)).toMatch(/wheel truing need booking/);
  });
});
