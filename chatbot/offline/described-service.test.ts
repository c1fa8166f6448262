import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { describedServices } from "./described-service";
import { understandOffline } from "./understand-offline";

const NOW = "2026-06-02T10:00:00-07:00";
const read = (message: string, state = "browsing", expecting: string | null = null) =>
  understandOffline(handbook, { message, state, expecting, history: [], now: NOW });

describe("describedServices", () => {
  it.each([
    ["the pricier one that does the headset", ["full_service"]],
    ["the service with bottom bracket work", ["full_service"]],
    ["that package where you swap the cables and housing", ["full_service"]],
    ["the one where you adjust the derailleurs and brakes", ["tune_up", "full_service"]],
    ["the job that covers truing and a safety check", ["tune_up", "full_service"]],
    ["the one with suspension work", []],
    ["I want a full service", []],
  ])("%s → %j", (text, ids) => expect(describedServices(handbook, text).services).toEqual(ids));
});

describe("a service described by what it includes", () => {
  it("fills the booking's service when one service fits", () => {
    const u = read("could I get the more expensive one that does hubs and the bottom bracket on Friday at 11?");
    expect(u.intent).toBe("book");
    expect(u.slots.service).toBe("full_service");
  });

  it("leaves the service open in a booking when several fit, so the bot asks which", () => {
    const u = read("book me in for the one that sorts out the gears and brakes, Thursday 3pm");
    expect(u.slots.service ?? null).toBeNull();
  });

  it("answers for each service that fits a question", () => {
    const u = read("what does the one with gear indexing and wheel truing cost?");
    expect([u.slots.service, ...(u.slots.services ?? [])]).toEqual(expect.arrayContaining(["tune_up", "full_service"]));
  });

  it("does not take a describing 'where' for a question about the address", () => {
    const u = read("how long is the service where you regrease the bearings?");
    expect(u.slots.service).toBe("full_service");
    expect(u.topics ?? []).not.toContain("location");
  });

  it("keeps a service named before the description", () => {
    expect(read("I'd like a tune-up, the one that does the brakes, on Friday").slots.service).toBe("tune_up");
  });
});
