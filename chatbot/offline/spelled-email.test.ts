import { describe, expect, it } from "vitest";
import { runChat } from "../test-support";
import { plainSpelledEmails } from "./spelled-email";

describe("plainSpelledEmails: an address written out to dodge spam filters", () => {
  it.each([
    ["reach me on kim.lee(at)mailbox(dot)org", "reach me on kim.lee@mailbox.org"],
    ["sam_b [at] post [dot] co [dot] uk thanks", "sam_b@post.co.uk thanks"],
    ["it's lou at fastmail dot com", "it's lou@fastmail.com"],
    // Not an address.
    ["drop it at noon at the shop", "drop it at noon at the shop"],
    ["I'm at work. dot me a text", "I'm at work. dot me a text"],
  ])("%s", (typed, read) => {
    expect(plainSpelledEmails(typed)).toBe(read);
  });

  it("a booking takes the address as the contact", async () => {
    const turns = await runChat(
      ["wheel truing friday 11am, Rui Costa, rui.costa(at)example(dot)pt"],
      "2026-10-06T09:00:00-07:00",
    );
    expect(turns[0]!.context.draft.contact).toBe("rui.costa@example.pt");
    expect(turns[0]!.state).toBe("booking.confirming");
  });
});
