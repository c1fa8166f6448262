import { describe, expect, it } from "vitest";
import { durationClaims } from "./duration-claims";
import { normaliseMessage } from "./normalise";

const owners = (text: string) => durationClaims(normaliseMessage(text), "tune_up").map((d) => d.service);

describe("durationClaims: after 'X is included in Y' the container Y is the service in focus", () => {
  it.each([
    ["Hub bearings are included in our Full Service ($179), with all the tune-up work too. That one takes 3–5 days."],
    [
      "New cables come included with the full service, and the tune-up's checks as well. It takes 3 to 5 business days.",
    ],
    ["Bearing work is only part of the full service, not the tune-up; it takes 3–5 business days."],
  ])("%s", (text) => {
    expect(owners(text)).toEqual(["full_service"]);
  });

  it("what a service includes is still its ingredient", () => {
    expect(owners("The full service includes a tune-up. It takes 3–5 business days.")).toEqual(["full_service"]);
  });
});
