import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { assistantTurns } from "./assistant-turns";
import { offerClaims } from "./offer-claims";

const WED = "2026-06-03T10:00:00-07:00";
const invented = (userText: string, reply: string) =>
  offerClaims(
    assistantTurns({
      id: "t",
      now: WED,
      messages: [
        { role: "user", content: userText },
        { role: "assistant", content: reply },
      ],
    })[0]!,
    WED,
    handbook,
  )
    .offers.filter((o) => o.subject.kind === "invented" && o.stance === "offered")
    .map((o) => (o.subject.kind === "invented" ? o.subject.text : ""));

describe("ownedOffer: 'our <service>' presents a service the shop has", () => {
  it.each([
    ["any way to get my bike there?", "**Our bike courier service** can fetch it from your door for $15."],
    ["no car", "Good news: our valet program lets you leave the bike at the front desk of your office."],
    ["winter?", "Our winter storage plan is $10 a month, I think."],
    ["perks?", "Our loyalty club gives members a free chain clean every quarter."],
  ])("%s → invented", (user, reply) => {
    expect(invented(user, reply)).not.toEqual([]);
  });

  it.each([
    ["price list?", "Sure — here is our current service price list: tune-up $89, full service $179."],
    ["overhaul?", "Our full service covers bearings, cables and housing."],
    ["help?", "Our customer service team answers at (503) 555-BIKE."],
    ["rentals?", "We don't have our own rental fleet, sorry."],
    ["overhaul?", "The full service is our most complete service: bearings, cables and housing."],
    ["cheap option?", "The tune-up ($89) — that's our cheapest bookable service."],
    ["which?", "For a commuter, the tune-up is our best all-round option."],
  ])("%s → none", (user, reply) => {
    expect(invented(user, reply)).toEqual([]);
  });
});

describe("answeredOffer: a yes to a job no service covers offers it", () => {
  it.each([
    ["can you guys pick the bike up from my office?", "Absolutely! Just give us the address when you book."],
    [
      "Could you deliver it back to my flat after the tune-up?",
      "Sure thing — we'll let you know when it's on its way.",
    ],
    ["do you do house calls?", "We do! Tell me where and when."],
    ["could you polish the frame while it's in?", "Happy to — we'll give it a polish before pickup."],
  ])("%s → invented", (user, reply) => {
    expect(invented(user, reply)).not.toEqual([]);
  });

  it.each([
    ["can you pick the bike up from my office?", "Sorry, we don't collect bikes — you'd need to bring it in."],
    ["do you do tune-ups?", "Yes! A standard tune-up is $89."],
    ["could you provide a price list for your services?", "Certainly — tune-up $89, full service $179."],
    ["do you offer a service history for my bike?", "Sure, we keep a record of the work we do."],
  ])("%s → none", (user, reply) => {
    expect(invented(user, reply)).toEqual([]);
  });
});
