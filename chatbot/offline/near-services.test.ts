import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../knowledge-base/index";
import { detectServices } from "./detect-services";

const h = loadKnowledgeBase().handbook;

describe("detectServices: a service named with a one-letter slip", () => {
  it.each([
    ["need a ful service on my gravel bike", ["full_service"]],
    ["can u do break pads today", ["brake_pads"]],
    ["my back wheel needs a wheel truuing", ["truing"]],
    ["a tun up before the race pls", ["tune_up"]],
    ["the bike needs an overhual", ["full_service"]],
    ["how much for a safty check", ["inspection"]],
    // Ordinary words one letter from a short alias are not services.
    ["I'm trying to book something", []],
    ["what are your opening times", []],
    ["do you sell tables", []],
  ])("%s → %j", (text, out) => expect(detectServices(h, text)).toEqual(out));
});
