import { describe, expect, it } from "vitest";
import { suggestGroups } from "./suggest-groups";
import { SEED_TAXONOMY } from "./taxonomy";

const notes = [
  { traceId: "a", note: "Said the shop opens at 9 on Tuesday; opening hours are 10" },
  { traceId: "b", note: "wrong opening hours for Thursday" },
  { traceId: "c", note: "promised a firmware update, which we don't offer" },
  { traceId: "d", note: "offered firmware flashing for the motor" },
  { traceId: "e", note: "quoted bike fit service" },
  { traceId: "f", note: "" },
];

describe("offline suggest groups", () => {
  it("clusters similar notes and maps clusters to the closest seed mode", () => {
    const s = suggestGroups(notes, SEED_TAXONOMY.modes);
    const hours = s.find((x) => x.traceIds.includes("a"));
    expect(hours).toMatchObject({ kind: "assign", modeId: "bad_data", traceIds: ["a", "b"] });
    const firmware = s.find((x) => x.traceIds.includes("c"));
    expect(firmware?.traceIds).toEqual(["c", "d"]);
    expect(s.some((x) => x.traceIds.includes("f"))).toBe(false);
  });

  it("proposes a new mode named after the shared words when no mode fits", () => {
    const s = suggestGroups(
      [
        { traceId: "x", note: "asked for the customer's bike serial number twice" },
        { traceId: "y", note: "asked serial number again after it was given" },
      ],
      [],
    );
    expect(s).toEqual([
      expect.objectContaining({ kind: "new_mode", traceIds: ["x", "y"], name: expect.stringMatching(/serial|number/) }),
    ]);
  });

  it("is deterministic", () => {
    expect(suggestGroups(notes, SEED_TAXONOMY.modes)).toEqual(suggestGroups([...notes], SEED_TAXONOMY.modes));
  });
});
