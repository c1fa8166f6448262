import { describe, expect, it } from "vitest";
import { checkServiceContents } from "./check-service-contents";
import { bad, convo, describeCheckTable, ok } from "./test-support";

describeCheckTable(checkServiceContents, { evaluator: "check-service-contents", mode: "bad_data" }, [
  // Sentences with a word of including, either way round.
  ok("tune-up?", "Our tune-up covers brake adjustment, gear indexing and a clean and lube of the drivetrain."),
  bad("tune-up?", "The tune-up also covers your hub bearings, so no need for anything bigger."),
  ok("what's in the overhaul", "The overhaul comes with fresh cables and housing plus the bearing work."),
  bad("what's in the overhaul", "The overhaul comes with fresh cables and housing, and a replacement chain too."),
  ok("x", "Bearing work is part of the full service."),
  bad("x", "Headset servicing is part of the basic tune-up."),
  // Said not to be included: right for another service's item, wrong for a listed one.
  ok("does the tune-up do bearings", "No — the tune-up doesn't include the bearings; that's the full service."),
  bad("does the tune-up true wheels", "Wheel truing isn't part of the tune-up, it's booked on its own."),
  ok("x", "A new chain isn't included in the full service; we'd quote that separately."),
  // A pronoun points to the service talked about last; the customer's question gives the focus.
  bad("how about the tune-up", "It's $89. It also includes a bottom bracket service."),
  ok("how about the tune-up", "It's $89 and it includes truing both wheels."),
  // A heading naming a service, then the list under it (a heading without any verb too).
  bad("details", "**Tune-up ($89)** includes:\n- Shifting dialled in\n- Brakes adjusted\n- Headset bearings serviced"),
  ok("details", "**Tune-up ($89)** includes:\n- Shifting dialled in\n- Brakes adjusted\n- Both wheels trued"),
  bad("details", "#### Full service, $179\n\n* Everything from the tune-up\n* New cables and housing\n* New tyres"),
  ok(
    "details",
    "#### Full service, $179\n\n* Everything from the tune-up\n* New cables and housing\n* Hubs, headset, BB",
  ),
  // A hedge is still a claim.
  bad("overhaul?", "Full service is $179 and I think it should include a brake bleed as well."),
  // "everything in" the smaller service is right; the other way round is not.
  bad("x", "The tune-up includes everything in the full service, just quicker."),
  // Talk of a part that claims nothing about a list.
  ok("my chain is rusty", "A rusty chain usually just needs a clean and lube — book a tune-up and we'll sort it."),
  ok("x", "Unlike the tune-up, the full service includes the bearings."),
  // A service label and a colon list what it includes, every clause of the line.
  bad("which one?", "- Tune-up ($89): indexing, brake adjustment, truing — plus a fork rebuild while it's in."),
  ok("which one?", "- Tune-up ($89): indexing, brake adjustment, truing — and a safety check at the end."),
  bad("options", "Full service: bearings, new cables and housing, and we service the rear shock too."),
  // Squeaky brakes are the tune-up's brake adjustment (the handbook: normally handled within a tune-up).
  bad("squeaky brakes, tune-up?", "Sadly a squeaky brake isn't covered by the tune-up; that's a separate job."),
  ok("squeaky brakes, tune-up?", "Yes, the tune-up covers squeaky brakes as part of the brake adjustment."),
  // "add it on top" is a separate charge, not a part of the service.
  ok("full service and fork?", "The full service covers bearings and cables, and we could add a fork rebuild on top."),
]);

describe("checkServiceContents", () => {
  it("abstains when a claimed item can be tied to no service", () => {
    const r = checkServiceContents(convo(["hello", "That includes a brand-new chain."]));
    expect(r.pass).toBe(true);
    expect(r.uncertain?.[0]).toMatchObject({ evaluator: "check-service-contents" });
  });

  it.each([
    "We don't work on suspension, sorry — that covers forks and rear shocks alike.",
    "Bar tape isn't something we stock; that includes a bar tape swap too.",
  ])("a refusal's scope is no claim to abstain on: %s", (reply) => {
    const r = checkServiceContents(convo(["fork?", reply]));
    expect(r.uncertain ?? []).toEqual([]);
  });

  it("names the service whose list has the item", () => {
    const r = checkServiceContents(convo(["x", "The tune-up includes bearing service."]));
    expect(r.failures[0]?.reason).toMatch(/full service/);
  });
});

describeCheckTable(checkServiceContents, { evaluator: "check-service-contents", mode: "bad_data" }, [
  // A sentence that opens a list ("…, plus:") gives the list its service.
  bad(
    "overhaul?",
    "The overhaul is $179. On top of the tune-up work it adds:\n\n- Headset and hub bearings\n- Replacement tyres",
  ),
  ok(
    "overhaul?",
    "The overhaul is $179. On top of the tune-up work it adds:\n\n- Headset and hub bearings\n- Fresh cables",
  ),
]);

describeCheckTable(checkServiceContents, { evaluator: "check-service-contents", mode: "bad_data" }, [
  // Charged separately: a listed thing is not extra; an unlisted one may be.
  bad("overhaul booked", "Heads up: fresh housing is charged separately from the overhaul."),
  ok("overhaul booked", "Heads up: a new chain is charged separately from the overhaul."),
  ok("overhaul booked", "New cables and housing come at no extra cost with the full service."),
]);
