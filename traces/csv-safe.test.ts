import { describe, expect, it } from "vitest";
import { csvSafe } from "./csv-safe";

describe("csvSafe", () => {
  it.each([
    ['=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'],
    ["+1 555 0100", "'+1 555 0100"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["Hello = world", "Hello = world"],
    [" =1", " =1"],
    ["", ""],
    ["'quoted", "'quoted"],
  ])("%j → %j", (input, output) => expect(csvSafe(input)).toBe(output));
});
