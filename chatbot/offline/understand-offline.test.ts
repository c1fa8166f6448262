import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { understandOffline } from "./understand-offline";

const NOW = "2026-11-23T09:00:00-08:00";
const read = (message: string, state = "browsing", expecting: string | null = null) =>
  understandOffline(handbook, { message, state, expecting, history: [], now: NOW });

describe("offline understanding", () => {
  it.each([
    ["hello!", "greeting"],
    ["What time do you close on Saturdays?", "question"],
    ["What's your cancellation policy?", "question"],
    ["I need to cancel my booking", "cancel_booking"],
    ["when is my appointment?", "recall_booking"],
    ["Can I walk in for a tune-up?", "question"],
    ["Can I drop my bike off for a tune-up tomorrow at 9:30am?", "book"],
    ["I'd like to book a full service", "book"],
    ["can I speak to a human please", "handoff"],
    ["thanks!", "thanks"],
    ["Do you offer student discounts?", "question"],
    ["Do you take cards?", "question"],
    ["can you check my bike over?", "question"],
    ["what if I can't make it?", "question"],
    ["I can't make it, please cancel my appointment", "cancel_booking"],
  ])("%s → %s", (message, intent) => expect(read(message).intent).toBe(intent));

  it("reads booking answers in context", () => {
    expect(read("yes", "booking.confirming").intent).toBe("confirm");
    expect(read("no", "booking.confirming").intent).toBe("deny");
    expect(read("never mind", "booking.collecting").intent).toBe("deny");
    expect(read("Sarah Lee", "booking.collecting", "name").slots.name).toBe("Sarah Lee");
    expect(read("you can reach me at sam@example.com", "booking.collecting", "contact").slots.contact).toBe(
      "sam@example.com",
    );
    expect(read("(503) 555-0199", "booking.collecting", "contact").slots.contact).toBe("(503) 555-0199");
  });

  it("keeps a name given after a weekday, and never reads a name out of an email", () => {
    const u = read("Hi, I would like to book a tune-up for Friday at 10:30am. My name is Sarah Lee, sarah@example.com");
    expect(u.slots).toMatchObject({ name: "Sarah Lee", contact: "sarah@example.com", service: "tune_up" });
    expect(
      read("Sure, it's priya.chen302@example.com. Thanks!", "managing_booking", "identity_contact").slots.name,
    ).toBeNull();
    expect(read("Do you take cards?").topics).toContain("payment");
    expect(read("what if I can't make it?").topics).toContain("cancellation_policy");
    expect(read("Can I get a student discount on a tune-up?", "booking.confirming")).toMatchObject({
      intent: "question",
      topics: [],
    });
  });

  it("reads a clock word as the time, not a name, when the bot asked for something other than a name", () => {
    for (const m of ["about midday", "Noon?", "midday-ish"]) {
      const u = read(m, "booking.collecting", "time");
      expect(u.slots.name, m).toBeNull();
      expect(u.slots.timeText, m).toBeTruthy();
    }
    // Asked for a name, the same kind of answer stays a name; a bare name is still a name when a time is awaited.
    expect(read("Mo Ali", "booking.collecting", "time").slots.name).toBe("Mo Ali");
  });

  it("books the one bookable service the customer asked about just before, when the booking message names none", () => {
    const serviceAfter = (previous: string, message: string) =>
      understandOffline(handbook, {
        message,
        state: "browsing",
        expecting: null,
        now: NOW,
        history: [
          { role: "user", content: previous },
          { role: "assistant", content: "It's $30 per wheel." },
        ],
      }).slots.service;
    expect(serviceAfter("how much to true a buckled wheel?", "great, thursday 2pm then")).toBe("truing");
    expect(serviceAfter("is a full service worth it?", "alright put me down for friday at 11")).toBe("full_service");
    // Two services asked about, or a walk-in-only one, leave the question open; so does no history at all.
    expect(serviceAfter("tune-up or full service, which is better?", "friday at 11 then")).toBeNull();
    expect(serviceAfter("how much is a flat fix?", "friday at 11 then")).toBeNull();
    expect(read("friday at 11 then").slots.service).toBeNull();
  });

  it("keeps what a correction in the same message puts last: the service not replaced, the contact given after 'actually'", () => {
    const at = (m: string) => read(m, "booking.confirming").slots;
    expect(at("oh no, not the full service, a tune-up is enough")).toMatchObject({
      service: "tune_up",
      services: null,
    });
    expect(at("make it truing rather than the tune-up")).toMatchObject({ service: "truing" });
    expect(at("lee@example.com - hmm actually better use 971 555 0188").contact).toBe("971 555 0188");
    // Two contacts with no correction: the first stays; two services with no replacement stay both.
    expect(at("mail lee@example.com or ring 971 555 0188").contact).toBe("lee@example.com");
    expect(read("tune-up vs full service price?").slots.services).toEqual(["tune_up", "full_service"]);
  });

  it.each([
    "how long does a full service take? need my bike back for a sportive",
    "how long would a tune-up take? need the bike for work monday",
    "what's in a full service? we're away on the 19th so not that day",
    "whats included in a tune up? need my bike sorted",
  ])("answers %j and starts no booking: a question in words, no request for the work", (m) =>
    expect(read(m).intent).toBe("question"),
  );

  it("extracts service, not-offered items and topics", () => {
    expect(read("my brakes are squeaky, can you look?").slots.service).toBe("tune_up");
    expect(read("Do you do motor diagnostics on e-bikes?").slots.notOffered).toEqual(["ebike.no_motor"]);
    expect(read("can you update the firmware on my ebike").slots.notOffered).toContain("ebike.no_firmware");
    expect(read("do you sell bikes").slots.notOffered).toEqual(["notoffered.bike_sales"]);
    expect(read("can I buy a new bike from you?").slots.notOffered).toEqual(["notoffered.bike_sales"]);
    expect(read("is Saturday morning busy?").topics).toContain("busy_times");
  });

  it("ignores zero-width characters and keeps the injected date semantics", () => {
    const u = read("book a tune\u200B-up for tomorrow at 10");
    expect(u.slots.service).toBe("tune_up");
    expect(u.slots.dateText).toBeTruthy();
  });
});
