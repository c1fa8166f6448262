import { describe, expect, it } from "vitest";
import { citedFactIds, describeHolidayRule, formatClock, loadKnowledgeBase, relevantFacts } from "./index";

const kb = loadKnowledgeBase();

describe("handbook prose and structured facts agree", () => {
  it("cites every structured fact id in the prose, and no unknown id", () => {
    const cited = new Set(citedFactIds(kb.prose));
    const ids = kb.facts.map((f) => f.id);
    expect(ids.filter((id) => !cited.has(id))).toEqual([]);
    expect([...cited].filter((id) => !kb.factById.has(id))).toEqual([]);
  });

  it("states every dollar amount of the prose in the structured prices", () => {
    const structured = new Set(
      kb.facts.filter((f) => f.id.endsWith(".price")).flatMap((f) => f.text.match(/\$\d+/g) ?? []),
    );
    const prose = new Set(kb.prose.match(/\$\d+/g) ?? []);
    expect([...prose].sort()).toEqual([...structured].sort());
  });

  it("gives each weekday's hours in the prose exactly as in the structured hours", () => {
    for (const d of kb.handbook.hours) {
      const line = kb.prose.split("\n").find((l) => l.includes(`[${d.id}]`)) ?? "";
      if (d.open && d.close) expect(line).toContain(`${formatClock(d.open)} to ${formatClock(d.close)}`);
      else expect(line).toMatch(/closed/i);
    }
  });

  it("states every holiday rule in the prose next to its id", () => {
    for (const r of kb.handbook.holidayRules) {
      const stated = kb.prose.replace(/\s+/g, " ");
      expect(stated).toContain(`${r.name}, ${describeHolidayRule(r)} [${r.id}]`);
    }
  });
});

describe("version", () => {
  it("is a 12-hex content hash", () => expect(kb.version).toMatch(/^[0-9a-f]{12}$/));
});

describe("section retrieval", () => {
  it.each([
    ["What time do you close on Saturday?", "hours.sat"],
    ["Do you fix e-bike motors?", "ebike.no_motor"],
    ["how much is a tune up", "svc.tune_up.price"],
    ["what's your cancellation policy", "policy.cancellation"],
    ["is the morning busy", "busy.morning"],
  ])("%s → cites %s", (q, id) => {
    expect(relevantFacts(kb, q).map((f) => f.id)).toContain(id);
  });
});
