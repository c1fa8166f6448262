import { describe, expect, it } from "vitest";
import { runChat } from "./test-support";

// Round 5, answer side: each class with phrasings of our own (not the held-out or dev sets').
const WED = "2026-12-09T11:00:00-08:00"; // Wednesday 10am–6pm

const ask = async (message: string, now = WED) => (await runChat([message], now))[0]!;

describe("bike sales in words the handbook's aliases miss", () => {
  it.each([
    "do you guys sell e-bikes at all, or just fix them",
    "any chance you sell second hand ones? bikes I mean — or do you rent?",
    "are you selling any kids bikes this christmas",
    "could I buy a used road bike from you",
  ])("%s → we sell parts and accessories only", async (message) => {
    const { reply, state } = await ask(message);
    expect(reply).toMatch(/parts and accessories only/);
    expect(state).toBe("browsing");
  });

  it.each(["do you sell bike locks", "can I buy an inner tube off you"])("%s is no bike sale", async (message) => {
    expect((await ask(message)).reply).not.toMatch(/parts and accessories only/);
  });
});

describe("a thing the shop never names, asked about in words the corpus lists only as unknown", () => {
  it.each(["could you set my wheels up tubeless? what would that run me", "how much to fit tubeless sealant"])(
    "%s → I don't know, with the phone number",
    async (message) => {
      const { reply } = await ask(message);
      expect(reply).toMatch(/not sure|don't know/);
      expect(reply).toMatch(/555-BIKE/);
      expect(reply).not.toMatch(/Our prices/);
    },
  );
});

describe("the price is said when a booking starts", () => {
  it.each([
    ["i need my bike overhauled, full service please", "$179"],
    ["gotta get a wheel trued, can you fit me in", "$30 per wheel"],
  ])("%s", async (message, price) => {
    const { reply, state } = await ask(message);
    expect(state).toBe("booking.collecting");
    expect(reply).toContain(price);
  });
});
