import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CODE_EVALUATORS } from "../checks/index";
import { registeredIds, withoutEvaluator } from "./mutation";

const source = readFileSync("evals/checks/registry.ts", "utf8");

describe("registry mutants", () => {
  it("finds every registered evaluator in the registry source", () => {
    expect(registeredIds(source)).toEqual(CODE_EVALUATORS.map((e) => e.id));
  });

  it("removes exactly one evaluator's line", () => {
    const mutant = withoutEvaluator(source, "check-discounts");
    expect(registeredIds(mutant)).toEqual(CODE_EVALUATORS.map((e) => e.id).filter((id) => id !== "check-discounts"));
    expect(mutant.split("\n")).toHaveLength(source.split("\n").length - 1);
    expect(() => withoutEvaluator(source, "check-nothing")).toThrow(/found 0/);
  });
});
