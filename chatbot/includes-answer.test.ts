import { describe, expect, it } from "vitest";
import { handbook } from "../knowledge-base/index";
import { includesParts } from "./includes-answer";

const verdicts = (message: string, before: string | null = null) =>
  includesParts(handbook, message, before as never).map((p) =>
    p.kind === "includes" ? (p.include ? `yes:${p.include}` : `no:${p.elsewhere?.service}`) : p.kind,
  );

describe("includesParts: does a service cover a thing", () => {
  it.each([
    ["does the standard tune-up take care of my gear shifting?", null, ["yes:gear indexing"]],
    ["would a full overhaul cover the hubs", null, ["yes:bearing service (hubs, headset, bottom bracket)"]],
    ["will it fix the brakes rubbing?", "tune_up", ["yes:brake adjustment"]],
    ["is a drivetrain clean and lube part of a tune up", null, ["yes:drivetrain clean and lube"]],
    ["does a tune up come with bottom bracket work or is that extra?", null, ["no:full_service"]],
    ["tune-up price? and does it include new housing?", null, ["no:full_service"]],
    ["is a safety inspection included in the tune-up?", null, ["yes:safety check"]],
    // The handbook's items in the words customers use: the right item, or the service whose list has it.
    ["would the tune-up sort out re-indexing my derailleur?", null, ["yes:gear indexing"]],
    [
      "does the overhaul take care of regreasing the headset?",
      null,
      ["yes:bearing service (hubs, headset, bottom bracket)"],
    ],
    ["does the basic tune-up come with fresh cable housing?", null, ["no:full_service"]],
    // A job no list has: no, and no other service named.
    ["does a full service include a replacement chain?", null, ["no:undefined"]],
  ])("%s → %j", (message, before, expected) => expect(verdicts(message, before)).toEqual(expected));

  it.each([
    // No service as the subject: "you" do the work, nothing is asked about a service's list.
    ["can you fix my brakes?", "tune_up"],
    // The thing is the service's own name: no "doesn't cover".
    ["does the truing cover both wheels?", null],
    // A service with no list of inclusions is never said not to cover something.
    ["will the brake pad replacement sort out the squeal", null],
    // No pointer to a service and none named.
    ["does it include a bottle of water", null],
  ])("%s → no verdict", (message, before) => expect(verdicts(message, before)).toEqual([]));
});
