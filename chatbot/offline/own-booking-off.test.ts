import { describe, expect, it } from "vitest";
import { callsOffOwnBooking } from "./own-booking-off";

describe("callsOffOwnBooking", () => {
  it.each([
    "something's come up, I won't make my 2pm on thursday — do I owe you anything?",
    "hey, my full service is booked for friday but I can't come anymore. any charge?",
    "i have to cancel my appointment for saturday morning sorry",
    "we've got a truing booked for tomorrow and won't be able to get there",
  ])("calls off the held booking: %s", (t) => expect(callsOffOwnBooking(t.toLowerCase())).toBe(true));

  it.each([
    "if I can't make my appointment, is there a fee?",
    "what if I cancel my booking the day before?",
    "can I book a tune-up for my 10am slot tomorrow?",
    "my appointment is on friday, what time should I come?",
  ])("is no cancellation: %s", (t) => expect(callsOffOwnBooking(t.toLowerCase())).toBe(false));
});
