import { describe, expect, it } from "vitest";
import { handbook } from "../facts";
import { inclusionItems, itemMentions, servicesListing } from "./inclusion-items";

const byId = (id: string) => inclusionItems(handbook).find((i) => i.id === id)!;
/** The item ids named in a text, mention by mention. */
const named = (text: string) => itemMentions(handbook, text).map((m) => m.items.map((i) => i.id).sort());

describe("inclusionItems", () => {
  it("reads every listed item from the handbook's inclusion lists, with the services that list it", () => {
    const listed = inclusionItems(handbook).filter((i) => i.services.length);
    expect(Object.fromEntries(listed.map((i) => [i.id, i.services]))).toEqual({
      new_tube: ["flat_repair"],
      gear_indexing: ["tune_up", "full_service"],
      brake_adjustment: ["tune_up", "full_service"],
      wheel_truing: ["tune_up", "full_service"],
      safety_check: ["tune_up", "full_service"],
      drivetrain_clean_and_lube: ["tune_up", "full_service"],
      bearing_service: ["full_service"],
      new_cables_and_housing: ["full_service"],
      cable: ["cable"],
    });
  });

  it("keeps the handbook's own wording of each item", () => {
    expect(byId("bearing_service").text).toBe("bearing service (hubs, headset, bottom bracket)");
  });

  it("lists jobs no service includes, so a claim of one can be told apart from an unknown word", () => {
    expect(byId("new_chain").services).toEqual([]);
  });
});

describe("itemMentions", () => {
  it.each([
    ["we'll re-grease the bearings", ["bearing_service"]],
    ["the hubs get a look", ["bearing_service"]],
    ["a creaky bottom bracket", ["bearing_service"]],
    ["we adjust your brakes", ["brake_adjustment"]],
    ["brakes adjusted", ["brake_adjustment"]],
    ["the shifting gets dialled in", ["gear_indexing"]],
    ["we tweak the derailleurs", ["gear_indexing"]],
    ["both wheels trued", ["wheel_truing"]],
    ["we true the rims", ["wheel_truing"]],
    ["a safety inspection", ["safety_check"]],
    ["the chain gets cleaned", ["drivetrain_clean_and_lube"]],
    ["fresh lube", ["drivetrain_clean_and_lube"]],
    ["fresh housing", ["new_cables_and_housing"]],
    ["a replacement chain", ["new_chain"]],
    ["brand new tyres", ["new_tyres"]],
    ["squeaky brakes", ["brake_adjustment"]],
    ["a brake that squeals", ["brake_adjustment"]],
    ["a rear shock service", ["suspension"]],
    ["a fork rebuild", ["suspension"]],
  ])("%s → %j", (text, ids) => {
    expect(named(text)).toEqual([ids]);
  });

  it("reads nothing into words that name no part of a job", () => {
    expect(named("that's true, the gears are fine and the brakes are new")).toEqual([]);
    expect(named("ask about the chain")).toEqual([]);
  });

  it("finds each item of a list separately, with its place in the text", () => {
    const text = "Gear indexing. Hub and headset bearing service. New chain.";
    const ms = itemMentions(handbook, text);
    expect(ms.map((m) => text.slice(m.start, m.end))).toEqual([
      "Gear indexing",
      "Hub",
      "headset",
      "bearing",
      "New chain",
    ]);
  });
});

describe("servicesListing", () => {
  const fits = (text: string) => servicesListing(handbook, itemMentions(handbook, text));
  it("ties a description to the one service whose list has a part no other list has", () => {
    expect(fits("the one that does the headset and the brakes")).toEqual(["full_service"]);
  });
  it("gives every service that fits when the parts are shared", () => {
    expect(fits("the one with gear indexing and a safety check")).toEqual(["tune_up", "full_service"]);
  });
  it("gives none when no list has the part", () => {
    expect(fits("the one with the suspension")).toEqual([]);
  });
});
