import { describe, expect, it } from "vitest";
import { firstFailureMatrix } from "./first-failure-matrix";

describe("firstFailureMatrix", () => {
  it("counts first failures by state and normalises by conversations reaching the state (hand-computed)", () => {
    const m = firstFailureMatrix(
      [
        {
          id: "a",
          states: ["browsing", "booking.date", "booking.confirm"],
          firstFailures: { over_eager: 2, bad_data: 1 },
        },
        { id: "b", states: ["browsing", "booking.date"], firstFailures: { over_eager: 2 } },
        { id: "c", states: ["browsing", "browsing"], firstFailures: {} },
        { id: "d", states: ["booking.date"], firstFailures: { policy_confusion: 1 } },
      ],
      ["bad_data", "policy_confusion", "over_eager"],
    );
    expect(m.states).toEqual(["booking.confirm", "booking.date", "browsing"]);
    expect(m.reached).toEqual({ browsing: 3, "booking.date": 3, "booking.confirm": 1 });
    expect(m.counts["booking.date"]).toEqual({ bad_data: 0, policy_confusion: 1, over_eager: 2 });
    expect(m.counts.browsing).toEqual({ bad_data: 1, policy_confusion: 0, over_eager: 0 });
    expect(m.rates["booking.date"]!.over_eager).toBeCloseTo(2 / 3);
    expect(m.rates.browsing!.bad_data).toBeCloseTo(1 / 3);
    expect(m.rates["booking.confirm"]!.over_eager).toBe(0);
  });
});
