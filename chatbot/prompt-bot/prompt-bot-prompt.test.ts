import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../knowledge-base/index";
import { buildPromptBotSystem, capHistory, PROMPT_BOT_VERSION, referenceTime } from "./prompt-bot-prompt";

const ZONE = "America/Los_Angeles";

describe("the prompt-only bot's prompt", () => {
  it.each([
    ["2026-11-23T09:00:00-08:00", "Monday, November 23, 2026, 9:00 AM (2026-11-23, Pacific Standard Time)"],
    // A UTC instant is shown in the shop's zone: late Friday evening there, already Saturday in UTC.
    ["2026-11-28T05:30:00Z", "Friday, November 27, 2026, 9:30 PM (2026-11-27, Pacific Standard Time)"],
    ["2026-07-04T12:00:00-07:00", "Saturday, July 4, 2026, 12:00 PM (2026-07-04, Pacific Daylight Time)"],
  ])("states the reference time %s with its weekday in the shop's zone", (now, expected) => {
    expect(referenceTime(now, ZONE)).toBe(expected);
  });

  it("rejects an unreadable reference time", () => {
    expect(() => referenceTime("tomorrow", ZONE)).toThrow(/invalid reference time/);
  });

  it("holds every handbook fact with its id, the reference time and the rules, compactly", () => {
    const kb = loadKnowledgeBase();
    const system = buildPromptBotSystem(kb.handbook, kb.facts, "2026-11-23T09:00:00-08:00");
    for (const f of kb.facts) expect(system).toContain(`[${f.id}] ${f.text}`);
    expect(system).toContain("Now: Monday, November 23, 2026, 9:00 AM");
    // Only the last line depends on the reference time: the rest is a prefix shared by every call.
    const other = buildPromptBotSystem(kb.handbook, kb.facts, "2026-12-01T15:00:00-08:00");
    const prefix = system.slice(0, system.lastIndexOf("\n"));
    expect(other.startsWith(prefix)).toBe(true);
    expect(system.slice(prefix.length + 1)).toMatch(/^Now: /);
    expect(system).toMatch(/Use only the FACTS below/);
    // About 1,600 tokens at ~4 characters a token: room for history and a reply in a small model's context.
    expect(system.length).toBeLessThan(6_500);
    expect(PROMPT_BOT_VERSION).toMatch(/^prompt-bot-[0-9a-f]{12}$/);
  });

  it("keeps the last 6 messages, each cut to 500 characters", () => {
    const history = Array.from({ length: 9 }, (_, i) => ({
      role: i % 2 ? ("assistant" as const) : ("user" as const),
      content: `m${i}`,
    }));
    expect(capHistory(history).map((m) => m.content)).toEqual(["m3", "m4", "m5", "m6", "m7", "m8"]);
    const [long] = capHistory([{ role: "user", content: "x".repeat(2_000) }]);
    expect(long!.content).toBe(`${"x".repeat(500)}…`);
    expect(capHistory([])).toEqual([]);
  });
});
