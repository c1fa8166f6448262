import { describe, expect, it } from "vitest";
import { listHref, PAGE_SIZE, parseListParams, toConversationFilter } from "./list-params";

describe("parseListParams", () => {
  it.each([
    ["empty query", {}, { sort: "updated_desc", page: 1 }],
    [
      "all filters",
      {
        source: "ui",
        state: "booked",
        from: "2026-11-01",
        to: "2026-11-30",
        q: " tune-up ",
        sort: "turns_desc",
        page: "3",
      },
      {
        source: "ui",
        state: "booked",
        from: "2026-11-01",
        to: "2026-11-30",
        q: "tune-up",
        sort: "turns_desc",
        page: 3,
      },
    ],
    [
      "blank fields from an empty form",
      { source: "", state: "", from: "", to: "", q: "  " },
      { source: undefined, state: undefined, from: undefined, to: undefined, q: undefined },
    ],
    [
      "bad values are dropped",
      { source: "web", from: "yesterday", sort: "random", page: "-2" },
      { source: undefined, from: undefined, sort: "updated_desc", page: 1 },
    ],
    ["impossible dates are dropped", { from: "2026-02-30", to: "2026-13-01" }, { from: undefined, to: undefined }],
    ["NUL and lone surrogates in a search", { q: "a\u0000b\uD800" }, { q: "ab\uFFFD" }],
    ["repeated keys take the first", { source: ["cli", "ui"], page: ["2", "9"] }, { source: "cli", page: 2 }],
  ])("%s", (_name, input, expected) => {
    const parsed = parseListParams(input);
    expect(Object.fromEntries(Object.entries(parsed).filter(([k]) => k in expected))).toEqual(expected);
  });
});

describe("toConversationFilter", () => {
  it("pages by PAGE_SIZE", () => {
    const f = toConversationFilter(parseListParams({ page: "3", state: "booked" }));
    expect(f).toMatchObject({ finalState: "booked", limit: PAGE_SIZE, offset: 2 * PAGE_SIZE, sort: "updated_desc" });
  });
});

describe("listHref", () => {
  it.each([
    [{}, {}, "/traces"],
    [{ source: "ui", q: "a&b" }, { page: 2 }, "/traces?source=ui&q=a%26b&page=2"],
    [{ sort: "turns_desc", page: "4" }, { page: 1 }, "/traces?sort=turns_desc"],
  ])("%j + %j → %s", (query, changes, href) => {
    expect(listHref(parseListParams(query), changes)).toBe(href);
  });
});
