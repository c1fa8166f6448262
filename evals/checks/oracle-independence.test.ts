import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { resolveDate, slotsOn } from "../../chatbot/index";
import { handbook } from "../../knowledge-base/index";
import { scoreTranscript } from "./score-transcript";
import { convo } from "./test-support";

// A planted date bug in the bot: "tomorrow" and every weekday land one day late, and every date is a Tuesday for
// the bot's calendar. Were the evaluators to reuse the bot's resolver or calendar, these transcripts would pass.
vi.mock("../../chatbot/resolve-date", async (original) => {
  const real = await original<typeof import("../../chatbot/resolve-date")>();
  const late = (d: string | null) =>
    d ? new Date(Date.parse(`${d}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10) : d;
  return { ...real, resolveDate: (...a: Parameters<typeof real.resolveDate>) => late(real.resolveDate(...a)) };
});
vi.mock("../../chatbot/shop-calendar", async (original) => {
  const real = await original<typeof import("../../chatbot/shop-calendar")>();
  return {
    ...real,
    openingOn: (_h: unknown, date: string) => ({
      open: true,
      date,
      weekday: "tue",
      opens: "10:00",
      closes: "18:00",
      factId: "hours.tue",
    }),
    slotsOn: () => ["10:00", "10:30", "11:00"],
  };
});

const SAT = "2026-06-06T10:00:00-07:00";

describe("the evaluators are an oracle independent of the bot", () => {
  it("the planted bug is live in the bot's resolver and calendar", () => {
    expect(resolveDate("tomorrow", SAT, handbook.shop.timeZone)).toBe("2026-06-08");
    expect(slotsOn(handbook, "2026-06-07")).toHaveLength(3);
  });

  it.each([
    ["check-closed-time-booking", "over_eager", "Great — you're all set for a drop-off **tomorrow at 10am**."],
    ["check-hours-claims", "bad_data", "Yes, we're open tomorrow from 10am to 6pm."],
    ["check-closed-time-booking", "over_eager", "Booked: Thanksgiving Day at 11:00am for a tune-up drop-off."],
    ["check-hours-claims", "bad_data", "This Monday we're open 10am–6pm as usual."],
  ])("%s still catches: %s", (evaluator, mode, reply) => {
    const r = scoreTranscript(convo(["Can I come by?", reply], SAT));
    expect(r.failures.map((f) => [f.evaluator, f.mode])).toContainEqual([evaluator, mode]);
  });

  it("no check or claim reader imports the bot", () => {
    for (const dir of ["evals/checks", "evals/claims"])
      for (const f of readdirSync(dir).filter((x) => x.endsWith(".ts") && !x.endsWith(".test.ts")))
        expect(readFileSync(`${dir}/${f}`, "utf8"), `${dir}/${f}`).not.toMatch(/from "[./]*chatbot/);
  });
});
