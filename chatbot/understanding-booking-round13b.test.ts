import { describe, expect, it } from "vitest";
import { runChat } from "./test-support";

// Issue 12, thirteenth round (second part): phrasings of our own, not any dev or held-out set's.
// Tuesday 13 October 2026, 10am in Portland.
const TUE = "2026-10-13T10:00:00-07:00";
const run = (messages: string[], now = TUE) => runChat(messages, now);

describe("a correction inside one message keeps the corrected day, whatever it is said with", () => {
  it.each([
    ["tune-up saturday the 17th — oh wait, my nephew's party. friday the 16th then", "2026-10-16"],
    ["truing for thursday at 2pm - sorry I mean friday at 2pm, thursday I'm at the vet", "2026-10-16"],
  ])("%s", async (message, date) => {
    const [r] = await run([message]);
    expect(r!.context.draft.date).toBe(date);
  });

  it("a day turned down for the one a week on keeps the service and moves the day", async () => {
    const turns = await run(["full service on thursday please", "ah no, not this thursday, the one after"]);
    expect(turns[1]!.context.draft.date).toBe("2026-10-22");
  });

  it("an hour in digits beside a part of the day said in words is the hour", async () => {
    const turns = await run(["truing friday", "11am", "hmm actually make it late afternoon, say like 4"]);
    expect(turns[2]!.context.draft.time).toBe("16:00");
  });

  it("the half of the day said alone, after a time refused, moves the hour to it", async () => {
    const turns = await run(["tune-up wednesday at 10pm", "oops, AM of course"]);
    expect(turns[1]!.context.draft.time).toBe("10:00");
    expect(turns[1]!.context.draft.name).toBeUndefined();
  });

  it("the service said after 'make it' is the one booked, not the parts named in the story", async () => {
    const turns = await run([
      "tune-up friday at 10",
      "hmm the gear cable is sticky too and the wheel wobbles, let's upgrade it to a full service",
    ]);
    expect(turns[1]!.context.draft.service).toBe("full_service");
  });
});

describe("answers written in other shapes", () => {
  it.each([
    ["👍🏽", "booked"],
    ["✅", "booked"],
  ])("%s at the confirmation books", async (yes, state) => {
    const turns = await run(["tune-up friday at 10", "Kai Müller", "kai@example.de", yes]);
    expect(turns[3]!.state).toBe(state);
  });

  it.each([
    ["1030", "10:30"],
    ["1430", "14:30"],
  ])("a four-digit clock answering the time: %s", async (answer, time) => {
    const turns = await run(["full service friday", answer]);
    expect(turns[1]!.context.draft.time).toBe(time);
  });

  it("a day written before its month is no hour", async () => {
    const turns = await run(["a tune-up please", "21 october"]);
    expect(turns[1]!.context.draft.date).toBe("2026-10-21");
    expect(turns[1]!.context.draft.time ?? null).toBeNull();
  });

  it("details written as sentences, a time after a date, are all kept", async () => {
    const [r] = await run(["Truing. October 22. 3pm. Ines Duarte. ines@example.pt"]);
    expect(r!.context.draft).toMatchObject({ date: "2026-10-22", time: "15:00", name: "Ines Duarte" });
    expect(r!.state).toBe("booking.confirming");
  });

  it.each([
    ["Mo. Just Mo. my email is mo@example.com", "Mo"],
    ["李华 (Li Hua)", "李华"],
  ])("a name answered with more after it: %s", async (answer, name) => {
    const turns = await run(["tune-up friday at 10", answer]);
    expect(turns[1]!.context.draft.name).toBe(name);
  });
});

describe("a drop-off or a free day asked for is a booking", () => {
  it.each([
    ["could we bring the bike in on a monday for a tune-up? weekends are hard", /closed on Mondays/],
    ["could I drop the bike off today for wheel truing? I'm passing anyway", /same-day/],
  ])("%s", async (message, reason) => {
    const [r] = await run([message]);
    expect(r!.state).toBe("booking.collecting");
    expect(r!.reply).toMatch(reason);
  });

  it.each(["is wednesday the 21st free? it's Tomasz", "is this saturday free? need something done on my bike"])(
    "%s → asks which service",
    async (message) => {
      const [r] = await run([message]);
      expect(r!.state).toBe("booking.collecting");
      expect(r!.context.expecting).toBe("service");
    },
  );

  it("a question whether a job is done on a kind of day is still answered", async () => {
    const [r] = await run(["can I get a full service on a saturday?"]);
    expect(r!.state).toBe("browsing");
  });
});

describe("a service described with a comma before what it includes", () => {
  it("is the one that includes it", async () => {
    const [r] = await run(["hi, I want to do the servicing, the expensive one, with the headset and hubs. thursday?"]);
    expect(r!.context.draft.service).toBe("full_service");
    expect(r!.state).toBe("booking.collecting");
  });
});
