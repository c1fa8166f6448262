import { describe, expect, it } from "vitest";
import type { Intent } from "../schema";
import { type BookingSideSignals, bookingSideIntent } from "./booking-side-intent";

const base: BookingSideSignals = {
  intent: "question",
  t: "",
  norm: "",
  state: "browsing",
  expecting: null,
  hasDate: false,
  hasTime: false,
  topics: [],
  bookable: false,
  givesDetail: false,
  givesWho: false,
};
const decide = (over: Partial<BookingSideSignals>) => {
  const t = over.t ?? over.norm ?? "";
  return bookingSideIntent({ ...base, t, norm: t, ...over });
};

describe("bookingSideIntent", () => {
  it.each<[string, Partial<BookingSideSignals>, Intent]>([
    // A new booking asked for beside a question or a name.
    ["open on the 2nd? want to get a tune-up booked that day", { bookable: true, topics: ["hours"] }, "book"],
    ["gears are shot and cable jobs need booking. can i get one?", { bookable: true, topics: ["walk_in"] }, "book"],
    ["book truing pls. name is kat", { intent: "recall_booking", bookable: true }, "book"],
    ["i'd like to book. my name is ada obi", { intent: "provide_details" }, "book"],
    // Not a new booking.
    ["if i want to get a tune-up booked, how far ahead?", { bookable: true }, "question"],
    ["does a tune-up need an appointment or can i get one done today?", { bookable: true }, "question"],
    [
      "i need to cancel my tune-up, can i get one later?",
      { intent: "cancel_booking", bookable: true },
      "cancel_booking",
    ],
    ["just wondering, would like to get a truing done sometime", { bookable: true }, "question"],
    ["not planning to book yet, how long is a full service?", { intent: "book", bookable: true }, "question"],
    // In a booking: put off, or a slot proposed as a question.
    [
      "nah i'll phone you tomorrow",
      { state: "booking.collecting", expecting: "time", intent: "provide_details" },
      "deny",
    ],
    [
      "actually put the name as ana lima",
      { state: "booking.confirming", intent: "deny", givesDetail: true, givesWho: true },
      "provide_details",
    ],
    ["no forget it, cancel. ana", { state: "booking.confirming", intent: "deny", givesWho: true }, "deny"],
    [
      "hmm can we do the week after, same day and time?",
      { state: "booking.collecting", expecting: "name", topics: ["hours"] },
      "provide_details",
    ],
    [
      "10am, i'll call if it changes",
      { state: "booking.collecting", intent: "provide_details", givesDetail: true },
      "provide_details",
    ],
    [
      "can i drop it at 4:30",
      { state: "booking.collecting", expecting: "time", hasTime: true, topics: ["booking_policy"] },
      "provide_details",
    ],
    [
      "can i drop it at 4:30 and how much is it?",
      { state: "booking.collecting", expecting: "time", hasTime: true, topics: ["prices"] },
      "question",
    ],
    ["can i drop it at 4:30", { state: "browsing", hasTime: true, topics: ["booking_policy"] }, "question"],
  ])("%s → %s", (t, over, want) => expect(decide({ t, ...over })).toBe(want));
});
