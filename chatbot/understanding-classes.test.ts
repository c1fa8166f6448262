import { describe, expect, it } from "vitest";
import { runChat } from "./test-support";

// The failure classes of issue 12, each with phrasings of our own (not the examples).
const MON = "2026-11-23T09:00:00-08:00"; // Monday; Thanksgiving is Thursday the 26th
const SUN = "2026-11-29T13:00:00-08:00"; // Sunday, closed
const XMAS_WEEK = "2026-12-21T10:00:00-08:00"; // Monday of Christmas week

const run = (messages: string[], now = MON) => runChat(messages, now);

describe("a booking intent anywhere in a message starts the booking, and later details land in it", () => {
  it.each([
    [
      [
        "could you squeeze a cable swap in for me on thursday the 3rd",
        "at 1pm",
        "Noor Haddad",
        "noor@example.com",
        "yes please",
      ],
      "2026-12-03",
      "13:00",
    ],
    [
      ["my back wheel is buckled, any room wednesday? the earliest you've got", "Lars Holm", "lars@example.com", "yep"],
      "2026-11-25",
      "10:00",
    ],
    [
      ["hey — Tuesday 11am for a full service, is that doable?", "Ruth Ma", "ruth@example.com", "correct"],
      "2026-11-24",
      "11:00",
    ],
  ])("%j", async (messages, date, time) => {
    const turns = await run(messages);
    const last = turns.at(-1)!;
    expect(last.state).toBe("booked");
    expect(last.context.lastBooking).toMatchObject({ date, time });
  });
});

describe("corrections replace the value given before", () => {
  it.each([
    [["truing friday 10am, I'm Ida Berg, ida@example.com", "could we do 4 instead?", "great"], "2026-11-27", "16:00"],
    [
      ["tune-up wednesday 11am", "hmm, switch that to saturday", "Ike Obi", "ike@example.com", "yes"],
      "2026-11-28",
      "11:00",
    ],
  ])("%j", async (messages, date, time) => {
    const last = (await run(messages)).at(-1)!;
    expect(last.state).toBe("booked");
    expect(last.context.lastBooking).toMatchObject({ date, time });
  });
});

describe("keywords without meaning do not pick the template", () => {
  it("'phone' and 'pay' inside other questions", async () => {
    const [a] = await run(["my phone mount cracked, can you sort that out?"]);
    expect(a!.reply).not.toMatch(/You can call us on .* or email/);
    const [b] = await run(["I'll pay a visit on friday — what time do you shut?"]);
    expect(b!.reply).toMatch(/6pm/);
  });

  it.each(["do you sell chamois cream", "can you fit a dynamo hub light", "do you offer bike fitting sessions"])(
    "a part or service the handbook never mentions: %s → don't know + phone, no price list",
    async (q) => {
      const [r] = await run([q]);
      expect(r!.reply).toMatch(/not sure about that.*555-BIKE/);
      expect(r!.reply).not.toMatch(/\$89|\$179|Our prices/);
    },
  );
});

describe("several values in one slot are all answered", () => {
  it("two days", async () => {
    const [r] = await run(["what are your hours wednesday and saturday?"]);
    expect(r!.reply).toMatch(/6pm/);
    expect(r!.reply).toMatch(/3pm/);
  });
  it("two services", async () => {
    const [r] = await run(["price check: a puncture repair vs new brake pads?"]);
    expect(r!.reply).toMatch(/\$15/);
    expect(r!.reply).toMatch(/\$25/);
  });
});

describe("dates and times", () => {
  it.each([
    ["full service friday at twenty past two", "14:30", /2:20pm doesn't work/],
    ["tune-up friday at half two", "14:30", null],
    ["truing friday at 1ish", "13:00", null],
  ])("%s", async (msg, time, refusal) => {
    const [r] = await run([msg]);
    if (refusal) expect(r!.reply).toMatch(refusal);
    else expect(r!.context.draft.time).toBe(time);
  });

  it("a date just gone is refused with the reason, never moved to next year", async () => {
    const [r] = await run(["book a tune-up for the 21st"]);
    expect(r!.reply).toMatch(/November 21 .*in the past/);
    expect(r!.context.draft.date ?? null).toBeNull();
  });

  it("a vague week asks which day, offering that week's bookable days", async () => {
    const [r] = await run(["can I get a full service in at some point next week"]);
    expect(r!.context.expecting).toBe("date");
    expect(r!.reply).toMatch(/Tuesday, December 1/);
  });
});

describe("names", () => {
  it.each([
    ["Þóra Sigurðardóttir", "Þóra Sigurðardóttir"],
    ["it's under Ngozi Okafor", "Ngozi Okafor"],
  ])("%s is stored as the name", async (answer, name) => {
    const turns = await run(["tune-up friday 10am", answer]);
    expect(turns[1]!.context.draft.name).toBe(name);
  });

  it("an agreement word said while a name is awaited is not a name", async () => {
    const turns = await run(["tune-up friday 10am", "yes that all works"]);
    expect(turns[1]!.context.draft.name ?? null).toBeNull();
    expect(turns[1]!.context.expecting).toBe("name");
  });
});

describe("answers respect the resolved date and the conversation", () => {
  it("closed today: walking in now gets 'closed' and the next opening", async () => {
    const [r] = await run(["could I wheel my bike over right now for some air in the tyres?"], SUN);
    expect(r!.reply).toMatch(/closed/);
    expect(r!.reply).toMatch(/next open Tuesday, December 1 at 10am/);
  });

  it("a weekday question in a holiday week gives the regular hours and the holiday", async () => {
    const [r] = await run(["what time do you open on friday"], XMAS_WEEK);
    expect(r!.reply).toMatch(/On Fridays we're open 10am to 6pm/);
    expect(r!.reply).toMatch(/Christmas/);
  });

  it("recall right after booking answers from the booking just made", async () => {
    const turns = await run([
      "truing saturday at 10am",
      "Pia Berg",
      "pia@example.com",
      "yes",
      "sorry, what day was that again?",
    ]);
    expect(turns.at(-1)!.reply).toMatch(/Saturday, November 28 at 10am/);
  });
});
