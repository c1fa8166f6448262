import { describe, expect, it } from "vitest";
import { categoryNotOffered } from "./object-category";

describe("categoryNotOffered: the category of the thing talked about, not an alias", () => {
  it.each([
    ["my marzocchi bomber feels harsh and the seals are weeping, can you redo it", ["notoffered.suspension"]],
    ["rear shock lost all its rebound, do you fix those", ["notoffered.suspension"]],
    ["could you overhaul the damper in my manitou", ["notoffered.suspension"]],
    ["pike lowers need fresh oil — you guys do that?", ["notoffered.suspension"]],
    ["bosch system throws a code 503 when I start it, can you look", ["ebike.no_electrical"]],
    ["my pedelec has no assist since yesterday", ["ebike.no_electrical"]],
    ["the twist throttle on my e-bike does nothing now, can you repair it", ["ebike.no_electrical"]],
    ["water got into my electric bike's wiring, is that something you do", ["ebike.no_electrical"]],
  ])("%s → %j", (text, ids) => {
    expect(categoryNotOffered(text)).toEqual(ids);
  });

  it.each([
    "my fork is bent after a crash, can you check it",
    "does a tune-up include a headset and fork check",
    "do you charge extra to tune an e-bike",
    "my ebike chain keeps slipping off, can you sort it",
    "the brakes on my e-bike squeal, can you adjust them",
    "how much is a full service",
  ])("names no such thing: %s", (text) => {
    expect(categoryNotOffered(text)).toEqual([]);
  });

  it("an e-bike said a message earlier makes a later fault its electric system's", () => {
    expect(categoryNotOffered("now the display shows an error", ["I ride a Bafang conversion"])).toEqual([
      "ebike.no_electrical",
    ]);
  });
});
