import { describe, expect, it } from "vitest";
import type { Taxonomy, TaxonomyChange } from "./schema";
import { applyTaxonomyChange, modeIdFor, modesOf, SEED_TAXONOMY } from "./taxonomy";

const apply = (t: Taxonomy, ...changes: TaxonomyChange[]) =>
  changes.reduce((acc, change) => {
    const r = applyTaxonomyChange(acc, change);
    if (!r.ok) throw new Error(r.error.message);
    return r.taxonomy;
  }, t);
const draft = (name: string) => ({ name, definition: `${name} definition`, factIds: [] });

describe("taxonomy changes", () => {
  it("seeds the three categories of the seed posts", () => {
    expect(SEED_TAXONOMY.modes.map((m) => m.id)).toEqual(["bad_data", "policy_confusion", "over_eager"]);
  });

  it("creates a mode with a stable slug id and assigns traces", () => {
    const t = apply(SEED_TAXONOMY, { kind: "create_mode", mode: draft("Wrong date maths!"), traceIds: ["c_1"] });
    expect(t.modes.at(-1)).toMatchObject({ id: "wrong_date_maths", name: "Wrong date maths!" });
    expect(modesOf(t, "c_1")).toEqual(["wrong_date_maths"]);
  });

  it("lets a trace carry several modes, listed in taxonomy order", () => {
    const t = apply(
      SEED_TAXONOMY,
      { kind: "assign", modeId: "over_eager", traceIds: ["c_1"] },
      { kind: "assign", modeId: "bad_data", traceIds: ["c_1"] },
    );
    expect(modesOf(t, "c_1")).toEqual(["bad_data", "over_eager"]);
  });

  it("renames without changing the id, and refuses duplicate names", () => {
    const t = apply(SEED_TAXONOMY, {
      kind: "update_mode",
      modeId: "bad_data",
      name: "wrong_facts",
      factIds: ["hours.sat", "hours.sat"],
    });
    expect(t.modes[0]).toMatchObject({ id: "bad_data", name: "wrong_facts", factIds: ["hours.sat"] });
    const dup = applyTaxonomyChange(t, { kind: "update_mode", modeId: "over_eager", name: "WRONG_FACTS" });
    expect(dup).toMatchObject({ ok: false, error: { code: "duplicate_name" } });
  });

  it("merges modes: assignments move, fact ids unite, the merged modes disappear", () => {
    const t = apply(
      SEED_TAXONOMY,
      { kind: "update_mode", modeId: "over_eager", factIds: ["notOffered.motor"] },
      { kind: "assign", modeId: "over_eager", traceIds: ["c_1", "c_2"] },
      { kind: "assign", modeId: "policy_confusion", traceIds: ["c_2", "c_3"] },
      { kind: "merge", modeIds: ["over_eager"], into: "policy_confusion" },
    );
    expect(t.modes.map((m) => m.id)).toEqual(["bad_data", "policy_confusion"]);
    expect(t.modes[1]!.factIds).toEqual(["notOffered.motor"]);
    expect(t.assignments).toEqual({ c_1: ["policy_confusion"], c_2: ["policy_confusion"], c_3: ["policy_confusion"] });
  });

  it("splits chosen traces of a mode into a new mode", () => {
    const t = apply(
      SEED_TAXONOMY,
      { kind: "assign", modeId: "bad_data", traceIds: ["c_1", "c_2", "c_3"] },
      { kind: "split", modeId: "bad_data", mode: draft("wrong_prices"), traceIds: ["c_2"] },
    );
    expect(t.assignments).toEqual({ c_1: ["bad_data"], c_2: ["wrong_prices"], c_3: ["bad_data"] });
    const bad = applyTaxonomyChange(t, { kind: "split", modeId: "bad_data", mode: draft("x"), traceIds: ["c_9"] });
    expect(bad).toMatchObject({ ok: false, error: { code: "invalid_change" } });
  });

  it("deletes a mode with its assignments; a trace with no mode left is dropped", () => {
    const t = apply(
      SEED_TAXONOMY,
      { kind: "assign", modeId: "bad_data", traceIds: ["c_1"] },
      { kind: "delete_mode", modeId: "bad_data" },
    );
    expect(t.assignments).toEqual({});
  });

  it("reports unknown modes as values and never mutates its input", () => {
    const before = JSON.stringify(SEED_TAXONOMY);
    expect(applyTaxonomyChange(SEED_TAXONOMY, { kind: "assign", modeId: "nope", traceIds: ["c_1"] })).toMatchObject({
      ok: false,
      error: { code: "unknown_mode" },
    });
    apply(SEED_TAXONOMY, { kind: "assign", modeId: "bad_data", traceIds: ["c_1"] });
    expect(JSON.stringify(SEED_TAXONOMY)).toBe(before);
  });

  it("makes ids unique", () => {
    expect(modeIdFor("Bad data", new Set(["bad_data", "bad_data_2"]))).toBe("bad_data_3");
    expect(modeIdFor("!!!", new Set())).toBe("mode");
  });
});
