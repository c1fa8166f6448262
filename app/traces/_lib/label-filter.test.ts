import { describe, expect, it } from "vitest";
import { type ListLabel, labelFilterIds } from "./label-filter";

const labels: ListLabel[] = [
  { traceId: "p1", pass: true, modes: [] },
  { traceId: "f1", pass: false, modes: ["m-hours"] },
  { traceId: "f2", pass: false, modes: ["m-price", "m-hours"] },
  { traceId: "f3", pass: false, modes: [] },
];

describe("labelFilterIds", () => {
  it.each<[string, { label?: "pass" | "fail" | "unlabelled"; mode: string[] }, object]>([
    ["no label filter", { mode: [] }, {}],
    ["labelled pass", { label: "pass", mode: [] }, { ids: ["p1"] }],
    ["labelled fail", { label: "fail", mode: [] }, { ids: ["f1", "f2", "f3"] }],
    ["one mode", { mode: ["m-price"] }, { ids: ["f2"] }],
    ["any of two modes", { mode: ["m-price", "m-hours"] }, { ids: ["f1", "f2"] }],
    ["pass and a mode: nothing", { label: "pass", mode: ["m-hours"] }, { ids: [] }],
    [
      "unlabelled: every labelled trace excluded",
      { label: "unlabelled", mode: [] },
      { excludeIds: ["p1", "f1", "f2", "f3"] },
    ],
    ["unlabelled with a mode: nothing", { label: "unlabelled", mode: ["m-hours"] }, { ids: [] }],
  ])("%s", (_, p, expected) => {
    expect(labelFilterIds(p, labels)).toEqual(expected);
  });
});
