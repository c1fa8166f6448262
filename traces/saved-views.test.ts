import { afterEach, beforeEach, expect, it } from "vitest";
import { openTraceStore } from "./store";
import type { TraceStore } from "./trace-store";

let store: TraceStore;
beforeEach(() => {
  store = openTraceStore(":memory:");
});
afterEach(() => store.close());
const view = (over: Partial<Parameters<TraceStore["saveView"]>[0]> = {}) => ({
  id: "v1",
  owner: "u-ann",
  name: "Failed bookings",
  query: "label=fail&intent=book",
  createdAt: "2026-12-01T10:00:00.000Z",
  ...over,
});

it("keeps views per member, by name; saving a name again replaces its query and keeps its id", () => {
  store.saveView(view());
  store.saveView(view({ id: "v2", name: "slow", query: "latmin=2000" }));
  store.saveView(view({ id: "v3", owner: "u-bob", query: "state=handoff" }));
  const again = store.saveView(view({ id: "v9", query: "label=fail" }));
  expect(again).toMatchObject({ id: "v1", query: "label=fail" });
  expect(store.listViews("u-ann").map((v) => [v.id, v.name, v.query])).toEqual([
    ["v1", "Failed bookings", "label=fail"],
    ["v2", "slow", "latmin=2000"],
  ]);
  expect(store.listViews("u-bob").map((v) => v.query)).toEqual(["state=handoff"]);
});

it("deletes only the owner's own view", () => {
  store.saveView(view());
  expect(store.deleteView("u-bob", "v1")).toBe(false);
  expect(store.deleteView("u-ann", "v1")).toBe(true);
  expect(store.listViews("u-ann")).toEqual([]);
});

it("refuses a blank name", () => {
  expect(() => store.saveView(view({ name: "  " }))).toThrow();
});
