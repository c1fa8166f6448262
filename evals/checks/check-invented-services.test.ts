import { describe, expect, it } from "vitest";
import { inventedOffer } from "../claims/index";
import { checkInventedServices } from "./check-invented-services";
import { convo } from "./test-support";

describe("inventedOffer (open world)", () => {
  it.each([
    // A line labelled with a job no service covers, answered yes or priced, offers that job.
    ["Wheel building: absolutely, we lace them in-house", "Wheel building"],
    ["Tubeless conversion: $35 a wheel, sealant extra", "Tubeless conversion"],
    ["Bike wash: yes, we can add one", "Bike wash"],
    ["Wheel truing: yes, $30 a wheel", null],
    ["Tubeless setup: no, that's not something we do", null],
    ["Note: yes, it has to be booked", null],
    [
      "We also offer a complimentary pick-up and delivery service within 5 miles!",
      "a complimentary pick-up and delivery service within 5 miles",
    ],
    ["Good news — we run a monthly maintenance class for beginners", "a monthly maintenance class for beginners"],
    ["We provide secure indoor bike storage over the winter", "secure indoor bike storage over the winter"],
    ["We offer free safety inspections for any bike", null],
    // A faster or better tier of a catalogue job ("premium truing", "a same-day full service") is invented.
    ["We can do a premium wheel truing for $45", "premium wheel truing"],
    ["We offer a same-day full service for a small surcharge", "same-day full service"],
    ["We can sort a same-day flat repair for $15 + $9", null],
    ["We do offer wheel truing as a standalone service", null],
    ["We have drop-off slots every 30 minutes", null],
    ["Unfortunately we don't have a pick-up service", null],
    ["We do not offer bike storage, sorry", null],
    ["We have a great team of mechanics", null],
    [
      "We offer free collection and delivery for booked full services",
      "free collection and delivery for booked full services",
    ],
    // Open-world commitments: a job no service covers, also after "we can do X and then …".
    [
      "We can fit new pads and then store the bike for the winter at no cost",
      "store the bike for the winter at no cost",
    ],
    ["I'll deliver it back to your office once it's done", "deliver it back to your office once it's done"],
    ["I can guarantee it's finished by tomorrow noon", "guarantee it's finished by tomorrow noon"],
    ["We'll hold your 10:30 slot until you confirm", null],
    ["We can't guarantee a finish time in the rush", null],
    // A priced job with a head of its own is not the catalogue service sharing one of its words.
    [
      "Yes — we do a quick seat-height adjustment for $10 on the spot",
      "a quick seat-height adjustment for $10 on the spot",
    ],
    ["A standalone chain clean and lube is $15", "A standalone chain clean and lube"],
    // Consignment is selling bikes, on the not-offered list (check-not-offered's), not an invented service.
    ["We can put it on our consignment shelf and take 10% when it sells", null],
    ["For a scuff like that we can do a quick paint touch-up", "a quick paint touch-up"],
    ["A minor gear adjustment is $20", null],
    ["Sure, a flat repair is $15 plus $9 for the tube", null],
    ["We take card or cash at pickup", null],
    // A perk given away ("free", "complimentary", "courtesy") is an offer whoever says it; the handbook's own free
    // jobs (safety inspection, re-adjustment) are not invented.
    ["Every booking now comes with a complimentary frame polish", "complimentary frame polish"],
    ["We'll throw in a courtesy pick-up from your home", "a courtesy pick-up from your home"],
    ["And your inspection is a free safety check, no purchase needed", null],
    ["You also get free re-adjustment for 30 days", null],
    ["Sorry, there's no free storage while you're away", null],
    // "we'll / I can" offer as much as "we offer"; a fit session is a job of its own.
    ["I can set you up with a professional bike fit for $120", "a professional bike fit for $120"],
    ["We'll also include a fit session with the full service", "a fit session with the full service"],
    ["We'll have the bike ready on Friday", null],
    // Jobs no service covers, said as a commitment: keeping the bike while the customer is away, bringing it to
    // them, refinishing, teaching; a store credit "you'll receive" is a perk like a free one.
    ["Our team can keep your bike in the back room over the winter", "keep your bike in the back room over the winter"],
    ["We'll keep it safe until you pick it up on Saturday", null],
    ["I'm happy to ride it back to your office once it's done", "ride it back to your office once it's done"],
    ["Our mobile mechanics can come out to you for flats", "come out to you for flats"],
    ["We can repaint the frame in any colour you like", "repaint the frame in any colour you like"],
    ["We host a monthly roadside-repair workshop", "host a monthly roadside-repair workshop"],
    ["We also offer a flat-repair class for beginners", "a flat-repair class for beginners"],
    ["Book online and you'll receive a $5 credit toward accessories", "you'll receive a $5 credit toward accessories"],
    ["You'll get a text when it's ready", null],
    // A priced job named by what is done, that the catalogue lacks; parts, labour and catalogue jobs are not one.
    ["A tubeless set-up runs $35 a wheel, sealant included", "A tubeless set-up"],
    ["Wheel truing is $30 per wheel", null],
    ["The cable installation is $30 per cable", null],
    ["We can ship the part to you for a flat $6", "ship the part to you for a flat $6"],
    // Paying to jump the turnaround is a service the handbook lacks; so is a free lube given as a welcome.
    ["For a $25 express fee we can turn it around the same day", "express fee"],
    ["We can't do a rush service, the full service takes 3–5 days", null],
    ["Sadly there's no express option for a tune-up", null],
    ["New customers get a complimentary chain lube with any repair", "complimentary chain lube with any repair"],
    ["You'll get a free re-adjustment within 30 days", null],
  ])("%s", (clause, expected) => expect(inventedOffer(clause)).toBe(expected));

  it("fails the turn that invents a service, over_eager", () => {
    const r = checkInventedServices(
      convo(["hi", "Hello!", "anything else?", "We also provide a **mobile repair** service — we come to you!"]),
    );
    expect(r.failures[0]).toMatchObject({ mode: "over_eager", turn: 2, evaluator: "check-invented-services" });
  });
});
