import { describe, expect, it } from "vitest";
import { runChat } from "../test-support";
import { asksForBooking } from "./booking-request";

// Tuesday 6 October 2026, 9am in Portland.
const TUE = "2026-10-06T09:00:00-07:00";

describe("asksForBooking: a wish to book said (not asked), with no service named", () => {
  const read = (t: string, intent: "question" | "unknown" = "question") =>
    asksForBooking({ t, intent, state: "browsing", bookable: false });
  it.each([
    ["we'd like to arrange an appointment for the kids' bikes", true],
    ["looking to get a service slot sometime soon", true],
    ["is it ok? would like to set up a booking", true],
    // The wish asked as a question stays a question.
    ["would like to book, what should I bring?", false],
    ["do I need to make an appointment?", false],
  ])("%s → %s", (t, wish) => {
    expect(read(t)).toBe(wish);
  });
});

describe("a wish to book with no service named starts the booking and asks which service", () => {
  it.each([
    "Hello, I'd like to arrange an appointment for my e-commuter",
    "hi, my bike's been making noises. trying to set up a repair appointment",
  ])("%s", async (message) => {
    const [r] = await runChat([message], TUE);
    expect(r!.state).toBe("booking.collecting");
    expect(r!.context.expecting).toBe("service");
  });

  it("a wheel named bent, asked to be trued by 'can you true it', is a truing to book", async () => {
    const [r] = await runChat(["hit a pothole and bent my front wheel, could you true it? want to book in"], TUE);
    expect(r!.context.draft.service).toBe("truing");
    expect(r!.context.expecting).toBe("date");
  });
});
