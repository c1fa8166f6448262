import { describe, expect, it } from "vitest";
import { handbook } from "../knowledge-base/index";
import { checkDate, checkService, checkTime } from "./validate-booking";

const MONDAY = "2026-11-23";

describe("checkDate (today = Monday 2026-11-23)", () => {
  it.each([
    ["2026-11-24", true, null, []],
    ["2026-11-23", false, /same-day/, ["2026-11-24", "2026-11-25"]],
    ["2026-11-20", false, /past/, ["2026-11-24", "2026-11-25"]],
    ["2026-11-26", false, /Thanksgiving/, ["2026-11-27", "2026-11-28"]],
    ["2026-11-29", false, /closed on Sundays/, ["2026-12-01", "2026-12-02"]],
    ["2026-11-30", false, /closed on Mondays/, ["2026-12-01", "2026-12-02"]],
    ["2026-12-25", false, /Christmas/, ["2026-12-26", "2026-12-29"]],
    ["2027-01-01", false, /New Year/, ["2027-01-02", "2027-01-05"]],
    // Holidays come from rules, so years past the handbook's listed window still close the shop.
    ["2027-11-25", false, /Thanksgiving/, ["2027-11-26", "2027-11-27"]],
    ["2028-11-23", false, /Thanksgiving/, ["2028-11-24", "2028-11-25"]],
    ["2028-11-30", true, null, []],
    ["2028-12-25", false, /Christmas/, ["2028-12-26", "2028-12-27"]],
    ["2029-01-01", false, /New Year/, ["2029-01-02", "2029-01-03"]],
  ])("%s → ok=%s", (date, ok, reason, alternatives) => {
    const r = checkDate(handbook, date, MONDAY);
    expect(r.ok).toBe(ok);
    if (!r.ok) {
      expect(r.problem.reason).toMatch(reason as RegExp);
      expect(r.problem.alternatives).toEqual(alternatives);
    }
  });
});

describe("checkTime", () => {
  it.each([
    ["2026-11-24", "10:00", true, []],
    ["2026-11-24", "09:30", false, ["10:00", "10:30"]],
    ["2026-11-24", "17:00", true, []],
    ["2026-11-24", "17:30", false, ["16:30", "17:00"]],
    ["2026-11-24", "10:15", false, ["10:00", "10:30"]],
    ["2026-11-26", "10:00", false, []],
    ["2026-11-27", "10:00", true, []],
    ["2026-11-28", "14:00", true, []],
    ["2026-11-28", "14:30", false, ["13:30", "14:00"]],
    ["2026-11-28", "09:00", true, []],
    ["2026-11-24", "03:00", false, ["10:00", "10:30"]],
    ["2026-11-26", "18:00", false, []],
    ["2026-11-25", "18:00", false, ["16:30", "17:00"]],
  ])("%s %s → ok=%s", (date, time, ok, alternatives) => {
    const r = checkTime(handbook, date, time);
    expect(r.ok).toBe(ok);
    if (!r.ok && alternatives.length) expect(r.problem.alternatives).toEqual(alternatives);
  });

  it("explains an early time with the opening hour and flags the morning rush", () => {
    const r = checkTime(handbook, "2026-11-24", "09:30");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.reason).toBe("we open at 10am on Tuesday");
      expect(r.problem.note).toMatch(/busiest/);
    }
  });

  it("allows Thursday's late slot but not after", () => {
    expect(checkTime(handbook, "2026-12-03", "18:00").ok).toBe(true);
    expect(checkTime(handbook, "2026-12-03", "18:30").ok).toBe(false);
  });
});

describe("checkService", () => {
  it("refuses to book walk-in services and accepts booked ones", () => {
    expect(checkService(handbook, "tune_up").ok).toBe(true);
    expect(checkService(handbook, "flat_repair").ok).toBe(false);
    expect(checkService(handbook, "inspection").ok).toBe(false);
  });
});
