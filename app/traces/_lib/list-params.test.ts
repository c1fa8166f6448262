import { describe, expect, it } from "vitest";
import { clearedFilters, isFiltered, listHref, PAGE_SIZE, parseListParams, toConversationFilter } from "./list-params";

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
        state: ["booked"],
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
      { source: undefined, state: [], from: undefined, to: undefined, q: undefined, model: undefined, mode: [] },
    ],
    [
      "bad values are dropped",
      { source: "web", from: "yesterday", sort: "random", page: "-2" },
      { source: undefined, from: undefined, sort: "updated_desc", page: 1 },
    ],
    ["impossible dates are dropped", { from: "2026-02-30", to: "2026-13-01" }, { from: undefined, to: undefined }],
    ["NUL and lone surrogates in a search", { q: "a\u0000b\uD800" }, { q: "ab\uFFFD" }],
    ["repeated keys take the first", { source: ["cli", "ui"], page: ["2", "9"] }, { source: "cli", page: 2 }],
    [
      "states and modes are multi-select: repeats kept, unknown states and duplicates dropped",
      { state: ["booked", "handoff", "nope", "booked"], mode: ["m-price", "m-hours", ""] },
      { state: ["booked", "handoff"], mode: ["m-price", "m-hours"] },
    ],
    [
      "feedback, model, bot and human label",
      { feedback: "down", model: " gpt-4o-mini ", bot: "prompt", label: "fail" },
      { feedback: "down", model: "gpt-4o-mini", bot: "prompt", label: "fail" },
    ],
    [
      "evaluator verdicts and modes, intents, decision kinds (multi), latency bounds (bucket edges only)",
      {
        verdict: ["fail", "maybe", "error", "uncertain"],
        emode: "bad_data",
        intent: ["book", "dance"],
        decision: ["invalid_slot", "refuse_injection"],
        latmin: "2000",
        latmax: "1234",
      },
      {
        verdict: ["fail", "error", "uncertain"],
        emode: ["bad_data"],
        intent: ["book"],
        decision: ["invalid_slot", "refuse_injection"],
        latmin: 2000,
        latmax: undefined,
      },
    ],
    [
      "bad feedback, bot and label values are dropped",
      { feedback: "meh", bot: "robot", label: "maybe" },
      { feedback: undefined, bot: undefined, label: undefined },
    ],
  ])("%s", (_name, input, expected) => {
    const parsed = parseListParams(input);
    expect(Object.fromEntries(Object.entries(parsed).filter(([k]) => k in expected))).toEqual(expected);
  });
});

describe("toConversationFilter", () => {
  it("pages by PAGE_SIZE", () => {
    const f = toConversationFilter(parseListParams({ page: "3", state: "booked" }));
    expect(f).toMatchObject({ finalStates: ["booked"], limit: PAGE_SIZE, offset: 2 * PAGE_SIZE, sort: "updated_desc" });
  });

  it("passes the new filters and the resolved label ids to the store", () => {
    const p = parseListParams({ feedback: "down", model: "m", bot: "prompt", label: "fail" });
    expect(toConversationFilter(p, { ids: ["c1"] })).toMatchObject({
      feedback: "down",
      model: "m",
      bot: "prompt",
      ids: ["c1"],
      finalStates: undefined,
      facets: undefined,
    });
  });

  it("turns evaluator, decision, intent and latency filters into facet groups", () => {
    const p = parseListParams({ intent: ["book", "confirm"], verdict: "fail", latmin: "5000" });
    expect(toConversationFilter(p).facets).toEqual([
      ["verdict:fail"],
      ["intent:book", "intent:confirm"],
      ["latency:5000", "latency:10000", "latency:20000", "latency:60000"],
    ]);
  });
});

describe("listHref / isFiltered", () => {
  it("round-trips every filter through the URL", () => {
    const input = {
      source: "eval",
      state: ["booked", "handoff"],
      q: "tune",
      feedback: "down",
      model: "m",
      bot: "machine",
      label: "unlabelled",
      mode: ["a", "b"],
      verdict: "fail",
      emode: ["bad_data", "over_eager"],
      intent: "book",
      decision: ["invalid_slot", "handoff"],
      latmin: "1000",
      latmax: "5000",
      sort: "turns_desc",
      page: "2",
    };
    const p = parseListParams(input);
    const href = listHref(p);
    expect(href).toBe(
      "/traces?source=eval&state=booked&state=handoff&q=tune&feedback=down&model=m&bot=machine&label=unlabelled&mode=a&mode=b&verdict=fail&emode=bad_data&emode=over_eager&intent=book&decision=invalid_slot&decision=handoff&latmin=1000&latmax=5000&sort=turns_desc&page=2",
    );
    const back = new URLSearchParams(href.split("?")[1]);
    const again: Record<string, string | string[]> = {};
    for (const k of new Set(back.keys())) again[k] = back.getAll(k).length > 1 ? back.getAll(k) : (back.get(k) ?? "");
    expect(parseListParams(again)).toEqual(p);
    expect(isFiltered(p)).toBe(true);
    expect(listHref(p, clearedFilters)).toBe("/traces?sort=turns_desc");
    expect(isFiltered(parseListParams({ sort: "turns_desc", page: "4" }))).toBe(false);
    expect(isFiltered(parseListParams({ mode: "m-price" }))).toBe(true);
    expect(isFiltered(parseListParams({ latmax: "100" }))).toBe(true);
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
