import { describe, expect, it } from "vitest";
import {
  conversationListQuery,
  FILTER_COUNT_CAP,
  ftsPhrase,
  likeContains,
  TEXT_COUNT_CAP,
} from "./conversation-list-query";

describe("conversationListQuery", () => {
  it("defaults to newest first, 50 per page, no filter", () => {
    expect(conversationListQuery()).toEqual({
      from: "conversations c",
      countFrom: "conversations c",
      countSelect: "1",
      where: "",
      countWhere: "",
      params: {},
      orderBy: "c.updated_at DESC, c.id DESC",
      limit: 50,
      offset: 0,
      countCap: null,
      usesTextIndex: false,
      usesFacets: false,
    });
  });

  it("combines every filter with AND", () => {
    const q = conversationListQuery({
      source: "ui",
      finalState: "done",
      from: "2026-01-01",
      to: "2026-01-31",
      text: " brakes ",
      sort: "turns_desc",
      limit: 10,
      offset: 20,
    });
    for (const param of ["@source", "@finalState", "@from", "@to", "@text"]) expect(q.where).toContain(param);
    expect(q.where).toMatch(
      /^WHERE c\.rowid IN \(SELECT conversation FROM conversation_text .* AND c\.source = @source AND c\.final_state = @finalState AND /,
    );
    expect(q.params).toEqual({
      source: "ui",
      finalState: "done",
      from: "2026-01-01",
      to: "2026-02-01",
      text: '"brakes"',
    });
    expect(q.countCap).toBe(TEXT_COUNT_CAP);
    expect(q.orderBy).toMatch(/^c\.turn_count DESC/);
    expect([q.limit, q.offset]).toEqual([10, 20]);
  });

  it("steers the page, not the count: plan hints (unary +) only in the page's WHERE", () => {
    const q = conversationListQuery({ finalStates: ["booked", "handoff"], model: "m", sort: "turns_desc" });
    expect(q.where).toBe("WHERE +c.final_state IN (@finalState0, @finalState1) AND +c.model = @model");
    expect(q.countWhere).toBe("WHERE c.final_state IN (@finalState0, @finalState1) AND c.model = @model");
    expect(conversationListQuery({ model: "m" }).where).toBe("WHERE c.model = @model");
  });

  it.each([
    [{ finalStates: ["booked"] }, FILTER_COUNT_CAP, false],
    [{ model: "m" }, FILTER_COUNT_CAP, false],
    [{ bot: "prompt" }, FILTER_COUNT_CAP, false],
    [{ excludeIds: ["c1"] }, FILTER_COUNT_CAP, false],
    [{ feedback: "down" as const }, null, false],
    [{ ids: ["c1"] }, null, false],
    [{ finalState: "booked" }, null, false],
    [{ model: "m", text: "tune-up" }, TEXT_COUNT_CAP, true],
  ])("%j: count cap %s, text index %s", (filter, cap, text) => {
    const q = conversationListQuery(filter);
    expect([q.countCap, q.usesTextIndex]).toEqual([cap, text]);
  });

  it.each([
    ["2026-12-31", "2027-01-01"],
    ["2026-02-28", "2026-03-01"],
    ["2026-03-01T10:00:00.000Z", "2026-03-01T10:00:00.000Z"],
  ])("to=%s becomes the exclusive bound %s", (to, bound) => {
    expect(conversationListQuery({ to }).params.to).toBe(bound);
  });

  it("ignores blank text and rejects out-of-range paging", () => {
    expect(conversationListQuery({ text: "   " }).where).toBe("");
    expect(() => conversationListQuery({ limit: 0 })).toThrow();
    expect(() => conversationListQuery({ limit: 501 })).toThrow();
  });
});

describe("text search", () => {
  it("latest-first searches are driven by the trigram index in latest-turn order", () => {
    const q = conversationListQuery({ text: "tune-up", sort: "updated_desc" });
    expect(q.from).toMatch(/^conversation_text x CROSS JOIN conversations c/);
    expect(q.orderBy).toBe("x.rowid DESC");
    expect(conversationListQuery({ text: "tune-up", sort: "updated_asc" }).orderBy).toBe("x.rowid ASC");
  });

  it("text shorter than a trigram falls back to LIKE over the turns, with an exact count", () => {
    const q = conversationListQuery({ text: " 5% " });
    expect(q).toMatchObject({ from: "conversations c", params: { text: "%5\\%%" }, countCap: null });
    expect(q.where).toContain("LIKE @text");
  });
});

describe("ftsPhrase", () => {
  it.each([
    ["tune-up", '"tune-up"'],
    ['say "hi"', '"say ""hi"""'],
    ["a OR b NOT c*", '"a OR b NOT c*"'],
  ])("%j → %j", (text, phrase) => expect(ftsPhrase(text)).toBe(phrase));
});

describe("likeContains", () => {
  it.each([
    ["tune", "%tune%"],
    ["50%", "%50\\%%"],
    ["a_b", "%a\\_b%"],
    ["c:\\x", "%c:\\\\x%"],
  ])("%j → %j", (text, pattern) => expect(likeContains(text)).toBe(pattern));
});
