import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

describe("safeNext", () => {
  it.each([
    ["/traces?q=1", "/traces?q=1"],
    ["/annotate/t/abc", "/annotate/t/abc"],
    ["//evil.example/x", "/traces"],
    ["/\\evil.example", "/traces"],
    ["https://evil.example", "/traces"],
    ["", "/traces"],
    [null, "/traces"],
  ])("%s → %s", (input, expected) => {
    expect(safeNext(input)).toBe(expected);
  });
});
