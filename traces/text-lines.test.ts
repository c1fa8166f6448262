import { describe, expect, it } from "vitest";
import { csvRecords, storableText, storableValue, textLines, toLf } from "./text-lines";

const lines = (text: string) => [...textLines(text)];

describe("textLines (every JSONL/CSV reader)", () => {
  it.each([
    ["LF", "a\nb\n"],
    ["CRLF", "a\r\nb\r\n"],
    ["CR only", "a\rb\r"],
    ["BOM + CRLF", "\uFEFFa\r\nb"],
    ["mixed", "a\r\nb\n"],
  ])("%s gives the same numbered lines", (_, text) => {
    expect(lines(text)).toEqual([
      { line: 1, text: "a" },
      { line: 2, text: "b" },
    ]);
  });

  it("keeps blank lines (numbering stays physical) and drops only a leading BOM", () => {
    expect(lines("a\n\n\uFEFFc")).toEqual([
      { line: 1, text: "a" },
      { line: 2, text: "" },
      { line: 3, text: "\uFEFFc" },
    ]);
    expect(lines("")).toEqual([]);
    expect(toLf("\uFEFFx\r\ry")).toBe("x\n\ny");
  });
});

describe("storableText (request bodies and imported files alike)", () => {
  it("replaces lone surrogates, removes NUL, keeps pairs and everything else", () => {
    expect(storableText("x\uD800y\uDC00z")).toBe("x\uFFFDy\uFFFDz");
    expect(storableText("a\u0000b")).toBe("ab");
    expect(storableText("🚲 héllo\t\u0001")).toBe("🚲 héllo\t\u0001");
    expect(Buffer.from(storableText("\uD800"), "utf8").toString("utf8")).toBe("\uFFFD");
  });

  it("reaches every string of a parsed value, keys included", () => {
    expect(storableValue({ a: ["x\uD800", 1, null, true], "k\u0000": { b: "\uDC00" } })).toEqual({
      a: ["x\uFFFD", 1, null, true],
      k: { b: "\uFFFD" },
    });
  });
});

describe("csvRecords", () => {
  it("splits records on any line end but keeps line ends inside quoted fields, numbering physical lines", () => {
    const text = '\uFEFFid,note\r\nc_1,"one\r\ntwo"\rc_2,"say ""hi""\n"\nc_3,x';
    expect([...csvRecords(text)]).toEqual([
      { line: 1, text: "id,note" },
      { line: 2, text: 'c_1,"one\r\ntwo"' },
      { line: 4, text: 'c_2,"say ""hi""\n"' },
      { line: 6, text: "c_3,x" },
    ]);
  });
});
