import { describe, expect, it } from "vitest";
import { asksForParts } from "./asks-for-parts";

describe("asksForParts", () => {
  it.each([
    ["do you sell bike lights?", true],
    ["any 29er tubes in stock", true],
    ["could I pick up a new saddle from you", true],
    ["have you got any chain lube", true],
    ["do you carry helmets for kids", true],
    ["can you get my chain replaced", false],
    ["can I come by to get my tyres pumped up", false],
    ["I got a flat, the tube is shredded", false],
    ["how much is a flat repair", false],
    ["do you sell bikes", false],
  ])("%j → %s", (message, yes) => expect(asksForParts(message)).toBe(yes));
});
