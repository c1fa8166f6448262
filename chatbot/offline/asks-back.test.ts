import { describe, expect, it } from "vitest";
import { asksAboutBookingJustMade, asksBackOnly, supposesOnly } from "./asks-back";

describe("asksBackOnly", () => {
  it.each([
    "hang on, is it 5 or 6 you shut on fridays?",
    "sorry which did we go for in the end, full service or just the tune up?",
    "just to confirm — it's saturday at 11 i booked, right?",
    "what time was the drop off again?",
    "did i say 2pm or 3pm",
    "wait, did we book the wheel truing or the cable thing?",
  ])("asks back: %s", (t) => expect(asksBackOnly(t.toLowerCase())).toBe(true));

  it.each([
    "can you book me a tune-up on friday at 2?",
    "let's do the full service on saturday, is that ok?",
    "i'd like to book a truing for tuesday — was it $30?",
    "tune-up saturday 10am",
    "truing — what did that cost again? and can we do weds 3pm",
    "can I change it to thursday instead?",
  ])("requests: %s", (t) => expect(asksBackOnly(t.toLowerCase())).toBe(false));
});

describe("supposesOnly", () => {
  it.each([
    "once we drop the bikes off for a full service, when would they be ready?",
    "if i brought it in thursday for truing how long does that take",
    "say I leave it with you friday for a tune up — will it be done by sunday?",
  ])("supposes: %s", (t) => expect(supposesOnly(t.toLowerCase())).toBe(true));

  it.each(["if you have friday at 10 free, can you book me a tune-up?", "tune-up friday, how much is it?"])(
    "asks for it: %s",
    (t) => expect(supposesOnly(t.toLowerCase())).toBe(false),
  );
});

describe("asksAboutBookingJustMade", () => {
  it.each(["so what day is that on?", "sorry what's the ref for that", "and when do i drop it off"])(
    "asks about it: %s",
    (t) => expect(asksAboutBookingJustMade(t)).toBe(true),
  );
  it.each(["cheers, see you then", "can i get the same time next week too?"])("does not: %s", (t) =>
    expect(asksAboutBookingJustMade(t)).toBe(false),
  );
});
