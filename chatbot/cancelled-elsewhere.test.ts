import { describe, expect, it } from "vitest";
import { cancelsBookingMadeElsewhere, movesBookingMadeElsewhere, toldBookedElsewhere } from "./moved-elsewhere";
import { runChat } from "./test-support";

// Tuesday 6 October 2026, 9am in Portland.
const TUE = "2026-10-06T09:00:00-07:00";

describe("toldBookedElsewhere: a booking said to be made some other way than this chat", () => {
  it.each([
    ["I rang up and booked a truing by phone", true],
    ["made the appointment in person at the counter", true],
    ["reserved it on your website on sunday", true],
    ["can I book over the phone?", false],
    ["my phone is 503-555-0100", false],
  ])("%s → %s", (message, told) => {
    // "Can I book over the phone?" tells of no booking made: "book" alone is not "booked".
    expect(toldBookedElsewhere(message)).toBe(told);
  });
});

describe("a booking made elsewhere asked to be cancelled or moved goes to the team's phone", () => {
  it("cancelling: only outside a booking of this chat", () => {
    expect(cancelsBookingMadeElsewhere("booked a cable job over the phone, please cancel it", "browsing")).toBe(true);
    expect(cancelsBookingMadeElsewhere("booked a cable job over the phone, please cancel it", "booked")).toBe(false);
  });

  it("moving one's own job named by its service", () => {
    expect(movesBookingMadeElsewhere("can you shift my tune-up to saturday? I booked it in the shop", "idle")).toBe(
      true,
    );
    expect(movesBookingMadeElsewhere("can you shift my tune-up to saturday?", "idle")).toBe(false);
  });

  it.each([
    "hey, I phoned last week and booked a full service for friday — I have to cancel, sorry",
    "Booked my wheel truing online for thursday but need to cancel it",
  ])("the reply states the policy and the phone, and nothing is looked up: %s", async (message) => {
    const [r] = await runChat([message], TUE);
    expect(r!.state).toBe("browsing");
    expect(r!.reply).toMatch(/555-BIKE/);
    expect(r!.reply).toMatch(/free of charge|no fee|never a fee/i);
    expect(r!.reply).not.toMatch(/what name/i);
  });

  it("a booking told of without saying how is still looked up by name", async () => {
    const [r] = await runChat(["need to cancel my full service on friday"], TUE);
    expect(r!.state).toBe("managing_booking");
  });

  it.each([
    "my tune-up appointment is tomorrow at 11 and I can't make it now",
    "my drop off tomorrow morning at 10, won't be able to make it, what now?",
  ])("one's own drop-off that cannot be made, less than a day away, is a phone call: %s", async (message) => {
    const [r] = await runChat([message], "2026-10-06T15:00:00-07:00");
    expect(r!.state).toBe("browsing");
    expect(r!.reply).toMatch(/call us on \(503\) 555-BIKE to cancel/);
  });
});

describe("a booking told to be made another way never starts a new one here", () => {
  it("a question beside it is answered, nothing is booked", async () => {
    // Monday 23 Nov 2026: Thursday the 26th is Thanksgiving.
    const [r] = await runChat(
      ["my wife booked a tune-up for me on thursday the 26th by phone — will you even be open on thanksgiving?"],
      "2026-11-23T09:30:00-08:00",
    );
    expect(r!.state).toBe("browsing");
    expect(r!.reply).toMatch(/closed/i);
  });

  it("its details told are no new booking: the team's phone is given", async () => {
    const [r] = await runChat(["full service friday 10am, booked it in the shop last week under Sam Ortiz"], TUE);
    expect(r!.state).toBe("browsing");
    expect(r!.context.draft.service ?? null).toBeNull();
    expect(r!.reply).toMatch(/555-BIKE/);
  });
});
