import { describe, expect, it } from "vitest";
import { parseRunParam, type RunParam } from "./run-param";

describe("parseRunParam", () => {
  it.each<[string | string[] | undefined, RunParam]>([
    [undefined, { kind: "latest" }],
    ["", { kind: "latest" }],
    ["  ", { kind: "latest" }],
    ["20261123T092640Z", { kind: "run", id: "20261123T092640Z" }],
    [["20261123T092640Z", "other"], { kind: "run", id: "20261123T092640Z" }],
    ["<script>", { kind: "invalid" }],
    ["x".repeat(65), { kind: "invalid" }],
  ])("%j", (value, expected) => expect(parseRunParam(value)).toEqual(expected));
});
